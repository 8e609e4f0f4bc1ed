// The source documents behind the directory's facts: a readable title and how old they are.
export type SourceDocument = { title: string; year?: number; yearAtLatest?: number };

export const sourceDocuments: Record<string, SourceDocument> = {
  '000_0881cab0a196e37f.txt': { title: 'Regionen kraftsamlar för omställning', year: 2022 },
  '001_96727eda885e409f.txt': {
    title: 'Nära vård – omställning pågår (Hälsovalsmötet 7 okt 2022)',
    year: 2022,
  },
  // Landstinget i Kalmar län became Region Kalmar län on 1 Jan 2019: the page predates that.
  '002_d8e4671db829cce3.txt': {
    title: 'Nära vård – Landstingets äldre webbsida',
    yearAtLatest: 2018,
  },
  '003_8a1148341c909794.txt': { title: 'Karlshamnspiloten (artikel, Region Blekinge)' },
  '004_fd24870d0508c42a.txt': { title: 'Handlingsplan Nära vård 2023–2025', year: 2023 },
};
