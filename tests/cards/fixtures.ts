import type { CardModels } from '../../src/cards/cardModels';
import { digestFixtures } from './digestFixtures';
import { metricsFixtures } from './metricsFixtures';
import { proposalFixtures } from './proposalFixtures';

// Realistic data for every card template. Typed by CardModels, so a new card needs a fixture here.
export const fixtures: { [K in keyof CardModels]: CardModels[K][] } = {
  ...metricsFixtures,
  ...digestFixtures,
  ...proposalFixtures,
  help: [
    {
      title: 'Hej! Jag är Nära',
      intro: 'Jag hjälper dig att hitta rätt kontakt i samverkan kring nära vård.',
      examplesHeading: 'Prova att fråga:',
      examples: [
        {
          label: 'Vem kontaktar jag för Oskarsgruppen?',
          text: 'Vem kontaktar jag för Oskarsgruppen?',
        },
        { label: 'Telefon till Åke Åkesson', text: 'Telefon till Åke Åkesson' },
      ],
    },
  ],
  person: [
    {
      heading: 'Telefon till Åke Åkesson',
      name: 'Åke Åkesson',
      subtitle: 'Verksamhetschef Borgholm och Löttorp hälsocentral · Borgholms hälsocentral',
      rows: [{ label: 'Direkt', value: '0485-151 44' }],
      actions: [{ title: 'Ring direkt', url: 'tel:+4648515144' }],
      submits: [
        {
          title: 'Föreslå ändring',
          data: {
            action: 'contactSuggest',
            targetKind: 'person',
            targetId: 'ake-akesson',
            mode: 'change',
          },
        },
        {
          title: 'Numret stämmer inte',
          data: {
            action: 'contactSuggest',
            targetKind: 'person',
            targetId: 'ake-akesson',
            mode: 'wrong',
          },
        },
      ],
      footnote:
        'Källa: Nära vård – Landstingets äldre webbsida (8 år gammal). Kontrollera gärna att uppgiften fortfarande gäller.',
    },
    {
      name: 'Lina Öhlin',
      subtitle: 'Mottagningschef · Region Blekinge',
      organisationNote: 'Region Blekinge – annan region, inte en kontakt inom Region Kalmar län',
      rows: [],
      missing: 'Katalogen har varken telefon eller e-post till Lina Öhlin.',
      actions: [],
      submits: [],
    },
  ],
  unit: [
    {
      name: 'Borgholms hälsocentral',
      subtitle: 'Hälsocentral · Borgholm',
      rows: [
        {
          label: 'Växel',
          value: '0485-100 00',
          note: 'Källa: hsa-utdrag.csv · Bekräftad av Marie Ragnarsson 2 dec 2026',
        },
        {
          label: 'Direkt',
          value: 'Numret finns inte i källan',
          note: 'För hemtjänstpersonal\n\nStängt nu – öppet 8–21 alla dagar\n\nKälla: Karlshamnspiloten · Tillagd 2 dec 2026',
          warning: 'Vet du numret? Föreslå det med knappen nedan.',
        },
      ],
      actions: [{ title: 'Ring växeln', url: 'tel:+4648510000' }],
      submits: [
        {
          title: 'Föreslå ändring',
          data: {
            action: 'contactSuggest',
            targetKind: 'unit',
            targetId: 'hc-borgholm',
            mode: 'change',
          },
        },
      ],
      contactsHeading: 'Namngivna personer på enheten',
      contacts: [
        {
          name: 'Åke Åkesson',
          subtitle: 'Verksamhetschef · Borgholms hälsocentral',
          rows: [
            {
              label: 'Mobil',
              value: '070-000 00 00',
              note: 'Källa: Microsoft Graph · Tillagd 2 dec 2025',
              warning: 'Uppgift från december 2025, kan vara inaktuell',
            },
          ],
          actions: [
            {
              title: 'Ring i Teams',
              url: 'https://teams.microsoft.com/l/call/0/0?users=ake.akesson%40example.org',
            },
            {
              title: 'Chatta i Teams',
              url: 'https://teams.microsoft.com/l/chat/0/0?users=ake.akesson%40example.org',
            },
          ],
          submits: [
            {
              title: 'Föreslå ändring',
              data: {
                action: 'contactSuggest',
                targetKind: 'person',
                targetId: 'ake-akesson',
                mode: 'change',
              },
            },
          ],
        },
      ],
    },
  ],
  group: [
    {
      name: 'Hemsjukhuset Borgholm',
      subtitle: 'Projekt · Borgholm',
      description: 'Samverkan mellan hälsocentralen, kommunens hemsjukvård och ambulansen.',
      rows: [],
      actions: [],
      submits: [],
      sections: [
        {
          heading: 'Fokus',
          text: '- fast läkarkontakt för patienter i kommunal hemsjukvård\n- hembesök',
        },
        { heading: 'Vilka deltar', text: '- Borgholms hälsocentral\n- Borgholms kommun' },
      ],
      contactsHeading: 'Kontaktpersoner',
      contacts: [
        {
          name: 'Åke Åkesson',
          subtitle: 'Verksamhetschef · Borgholms hälsocentral',
          rows: [{ label: 'Direkt', value: '0485-151 44' }],
          actions: [{ title: 'Ring direkt', url: 'tel:+4648515144' }],
          submits: [],
        },
      ],
      footnote: 'Källa: Nära vård – Landstingets äldre webbsida (8 år gammal).',
    },
    {
      name: 'Hultsfredsklustret – Hultsfreds hälsocentral',
      subtitle: 'Projekt · Hultsfred',
      rows: [],
      actions: [],
      submits: [],
      sections: [{ heading: 'Fokus', text: '- Färre återinläggningar' }],
      contactsHeading: 'Kontaktpersoner',
      contacts: [],
      noContacts:
        'Källorna namnger ingen kontaktperson för Hultsfredsklustret. Fråga samordnare nära vård.',
    },
  ],
  peopleList: [
    {
      title: 'Basenhetschef – personer i katalogen',
      contacts: [
        {
          name: 'Anna Dahl',
          subtitle: 'Basenhetschef · Blå Kustens hälsocentral',
          rows: [],
          actions: [],
          submits: [],
        },
      ],
      pageText: 'Visar 1–8 av 25',
      pager: [{ title: 'Nästa', data: { action: 'rolePage', role: 'basenhetschef', page: 1 } }],
    },
    {
      title: 'Analytiker på Gripens hälsocentral',
      contacts: [],
      empty: 'Jag hittade ingen med rollen analytiker på Gripens hälsocentral i katalogen.',
      pager: [],
    },
  ],
  choice: [
    {
      title: 'Flera träffar på "Svensson"',
      text: 'Vem eller vad menar du? Tryck på ett namn.',
      choices: [
        {
          title: 'Helene Svensson',
          data: { action: 'choose', kind: 'personLookup', id: 'helene-svensson' },
        },
        {
          title: 'Maria Svensson',
          data: { action: 'choose', kind: 'personLookup', id: 'maria-svensson' },
        },
      ],
      hint: 'Du kan också skriva hela namnet.',
    },
  ],
  message: [
    {
      title: 'Tjänsten svarar inte',
      text: 'Katalogen med kontaktuppgifter går inte att nå just nu.',
      color: 'Warning',
      suggestions: [],
    },
    {
      title: 'Något gick fel',
      text: 'Jag kunde inte svara just nu.',
      footnote: 'Felkod: 1a2b3c4d',
      color: 'Attention',
      suggestions: [{ label: 'hjälp', text: 'hjälp' }],
    },
  ],
};
