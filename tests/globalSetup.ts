import { prepareTemplate } from './support/pgliteTemplate';

export default async function globalSetup(): Promise<void> {
  await prepareTemplate();
}
