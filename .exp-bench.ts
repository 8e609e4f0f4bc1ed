import { fanOut } from './bench/digest';
fanOut(Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 30)).then((r) => console.table(r));
