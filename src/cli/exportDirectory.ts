// npm run export:directory [> FILE]: the contact register as CSV, in the import's format.
import { exportCsv } from '../register/csvImport';
import { ContactRegister } from '../register/contactRegister';
import { databaseFromEnv, runTool } from './databaseFromEnv';

runTool(async () => {
  const db = await databaseFromEnv();
  try {
    process.stdout.write(await exportCsv(new ContactRegister(db)));
    return 0;
  } finally {
    await db.close();
  }
});
