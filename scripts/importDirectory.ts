// npm run import:directory -- FILE [--dry-run], in development: the rows' targets are looked up in
// the directory API DIRECTORY_API_URL names, else in the embedded reference directory (which the
// production build does not have: there src/cli/importDirectory.ts needs DIRECTORY_API_URL).
import { ensureReferenceData, ReferenceDirectory } from '../dev/reference-api/referenceData';
import { directoryApi, importDirectory } from '../src/cli/importDirectory';

importDirectory(async (db) => {
  if (process.env.DIRECTORY_API_URL) return directoryApi(db);
  await ensureReferenceData(db);
  const ref = new ReferenceDirectory(db);
  const [units, groups, people] = await Promise.all([
    ref.units({}),
    ref.groups(undefined),
    ref.people({}),
  ]);
  return { units, groups, people };
});
