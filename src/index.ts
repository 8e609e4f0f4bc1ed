import { startProcess } from './main';

// The production entry (`npm run start:prod`, the container): the real environment only, never an
// env file, and no embedded reference API (NODE_ENV=production requires the API URLs).
startProcess();
