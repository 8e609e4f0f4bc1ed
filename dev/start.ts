import { startProcess } from '../src/main';
import { embeddedReferenceApis } from './reference-api/embeddedApis';

// `npm start`: the bot as in production, plus the embedded reference directory and metrics APIs
// when DIRECTORY_API_URL or METRICS_API_URL is unset (env/.env.local leaves both unset).
startProcess({ embeddedApis: embeddedReferenceApis });
