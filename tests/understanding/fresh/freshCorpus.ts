import type { FreshCase } from './freshTypes';

// The fresh understanding corpus (issue 12), written without reading the cue tables, before any
// tuning: how new users in Region Kalmar län ask, in Swedish and English, in the Teams clients they
// have (many Swedish users run an English client; the Playground always sends 'en-US').
//
// Every turn has the fully resolved intent as the bot should understand it given the conversation so
// far. Fields a reasonable reader could take either way are left out. Entities are ids of
// dev/reference-api/data/directory.json; names that are not in it are 'notFound' (some come from the
// seed documents: politicians, a 2017 project manager, health centres the directory lacks).

const firstCases: readonly FreshCase[] = [
  // ===================================================================================== followUp
  // ---- persons
  {
    id: 'fu-ake-phone-then-mail',
    class: 'followUp',
    turns: [
      {
        text: 'telefonnummer till Åke Åkesson',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och hans mejl?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      {
        text: 'har han mobil också',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-anna-dahl-fields',
    class: 'followUp',
    turns: [
      {
        text: 'Vem är Anna Dahl?',
        expect: { kind: 'personLookup', person: 'anna-dahl', lang: 'sv' },
      },
      {
        text: 'och mobilnumret?',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'mejladress då',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-alvinsson-her-mobile',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Maria Alvinsson Hilberth',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'en',
        },
      },
      {
        text: 'what about her mobile?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'en',
        },
      },
      {
        text: 'and her email',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'email',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-mathias-him',
    class: 'followUp',
    turns: [
      {
        text: 'who is Mathias Karlsson?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', lang: 'en' },
      },
      {
        text: 'how do I email him',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
      {
        text: 'does he have a phone number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-vc-borgholm-then-his-number',
    class: 'followUp',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholms hälsocentral?',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'sv',
        },
      },
      {
        text: 'vad har han för nummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'fu-analyst-then-communicator',
    class: 'followUp',
    turns: [
      {
        text: 'who is the analyst in the coordination group?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          within: 'samordnande-arbetsgrupp',
          lang: 'en',
        },
      },
      {
        text: 'his email please',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
      {
        text: 'and the communications officer?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'kommunikatör',
          within: 'samordnande-arbetsgrupp',
          lang: 'en',
        },
      },
      {
        text: 'her phone?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-hogsby-addiction-then-her',
    class: 'followUp',
    turns: [
      {
        text: 'vem kontaktar jag om beroendeproblem i Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'hennes telefon?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
      {
        text: 'var jobbar hon',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-oskars-her-is-ambiguous',
    class: 'followUp',
    turns: [
      {
        text: 'who do I contact for Oskarsgruppen?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        // Two women are named (Helene Svensson and Anna Dahl): "her" has two fits.
        text: 'her email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'en' },
      },
      {
        text: "Anna's",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-oskars-helene-then-annas',
    class: 'followUp',
    turns: [
      {
        text: 'kontaktpersoner för Oskarshamnsklustret',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'Helene Svenssons mejl?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och Annas?',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-hemsjukhuset-contact-details',
    class: 'followUp',
    turns: [
      {
        text: 'vem är kontakt för Hemsjukhuset i Borgholm?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vilket nummer har han?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'vad går projektet ut på',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vilka är med?',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-karlshamn-walkthrough',
    class: 'followUp',
    turns: [
      {
        text: 'tell me about Karlshamnspiloten',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'who took part?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'and who were the contact people',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'what does Lina Öhlin do?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'lina-ohlin', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-vastervik-aspects',
    class: 'followUp',
    turns: [
      {
        text: 'vad jobbar Västerviksklustret med?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'sv',
        },
      },
      {
        text: 'vilken målgrupp?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
      {
        text: 'vilka deltar',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'finns det nån kontaktperson?',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-focus-carried-to-next-group',
    class: 'followUp',
    turns: [
      {
        text: 'what is the focus of Hultsfredsklustret?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'focus', lang: 'en' },
      },
      {
        text: "how about Högsby's addiction project?",
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hogsby-beroende', aspect: 'focus', lang: 'en' },
      },
      {
        text: 'and its target groups',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-halsolots-den',
    class: 'followUp',
    turns: [
      {
        text: 'berätta om hälsolotsen i Högsby',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vem ansvarar för den?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vilka samarbetar i den',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-oskarshamn-who-led-it',
    class: 'followUp',
    turns: [
      {
        text: 'what did the Oskarshamn cluster work on?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'en' },
      },
      {
        text: 'who led it?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: "Helene's phone number?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-vem-ledde-den',
    class: 'followUp',
    turns: [
      {
        text: 'vad gjorde Oskarsgruppen hösten 2022?',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'vem ledde den?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'mejl till Anna Dahl',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-julia-fields',
    class: 'followUp',
    turns: [
      {
        text: 'Julia Ström, vad jobbar hon med?',
        expect: { kind: 'personLookup', person: 'julia-strom', lang: 'sv' },
      },
      {
        text: 'mejl?',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'email', lang: 'sv' },
      },
      {
        text: 'telefon?',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-email-for-several-names',
    class: 'followUp',
    turns: [
      {
        text: 'email for Emma Rydh',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'en' },
      },
      {
        text: 'and Julia Ström?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'email', lang: 'en' },
      },
      {
        text: 'and Marie Ragnarsson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-och-hans-mejl',
    class: 'followUp',
    turns: [
      {
        text: 'Mathias Karlssons telefon',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och hans mejl?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och Maria Svenssons?',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-blekinge-people',
    class: 'followUp',
    turns: [
      {
        text: 'who is Matti Pajaujis?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'matti-pajaujis', lang: 'en' },
      },
      {
        text: 'his email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'matti-pajaujis', field: 'email', lang: 'en' },
      },
      {
        text: "and Rebecca Welander's?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'rebecca-welander', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-planning-coordinator-numbers',
    class: 'followUp',
    turns: [
      {
        text: 'vem är samordnare på planeringsenheten?',
        expect: {
          kind: 'roleAtUnit',
          role: 'samordnare',
          unit: 'planeringsenheten',
          lang: 'sv',
        },
      },
      {
        text: 'hennes mobil',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'och direktnumret?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-samordnare-then-utvecklingsledare',
    class: 'followUp',
    turns: [
      {
        text: 'finns det samordnare i samordningsgruppen?',
        expect: {
          kind: 'peopleByRole',
          role: 'samordnare',
          within: 'samordnande-arbetsgrupp',
          lang: 'sv',
        },
      },
      {
        text: 'och utvecklingsledare?',
        expect: {
          kind: 'peopleByRole',
          role: 'utvecklingsledare',
          within: 'samordnande-arbetsgrupp',
          lang: 'sv',
        },
      },
      {
        text: 'hennes mejl',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-tack-och-till-julia',
    class: 'followUp',
    turns: [
      {
        text: 'telefon till Emma Rydh',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'sv' },
      },
      {
        text: 'tack! och till Julia?',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-person-then-her-unit',
    class: 'followUp',
    turns: [
      {
        text: 'vem är Susanna Althini',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
      {
        text: 'vad har hälsocentralen där för nummer?',
        expect: { kind: 'unitLookup', unit: 'hc-hogsby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-ake-his-unit-and-figures',
    class: 'followUp',
    turns: [
      {
        text: 'who is Åke Åkesson?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', lang: 'en' },
      },
      {
        text: "what's the number for his health centre?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: 'and RUB 5 figures for it?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-hemsjukhuset-it-his',
    class: 'followUp',
    turns: [
      {
        text: 'what is Hemsjukhuset?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'who is it for?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
      {
        text: 'who runs it',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'his number',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  // ---- units and roles at units
  {
    id: 'fu-units-nybro-emmaboda-chef-dar',
    class: 'followUp',
    turns: [
      {
        text: 'nummer till Nybro HC',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'sv' },
      },
      { text: 'och Emmaboda?', expect: { kind: 'unitLookup', unit: 'hc-emmaboda', lang: 'sv' } },
      {
        text: 'vem är basenhetschef där?',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-emmaboda',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-units-gripen-kristineberg-en',
    class: 'followUp',
    turns: [
      {
        text: 'how do I reach Gripen HC?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'en' },
      },
      {
        text: 'how about Kristineberg?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'en' },
      },
      {
        text: "who's the basenhetschef there?",
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-units-kalmar-ellipsis',
    class: 'followUp',
    turns: [
      {
        text: 'var ligger Stensö hälsocentral?',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'sv' },
      },
      { text: 'och Norrliden?', expect: { kind: 'unitLookup', unit: 'hc-norrliden', lang: 'sv' } },
      { text: 'Berga då', expect: { kind: 'unitLookup', unit: 'hc-berga', lang: 'sv' } },
    ],
  },
  {
    id: 'fu-emergency-departments',
    class: 'followUp',
    turns: [
      {
        text: 'hur når jag akutmottagningen i Västervik?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'sv' },
      },
      {
        text: 'och i Oskarshamn?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
      {
        text: 'och länssjukhuset',
        expect: { kind: 'unitLookup', unit: 'sjukhus-kalmar', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-role-carried-between-units-en',
    class: 'followUp',
    turns: [
      {
        text: 'who is verksamhetschef at Borgholm?',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'en',
        },
      },
      {
        text: 'and at Gripen?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-gripen', lang: 'en' },
      },
      {
        text: 'what about basenhetschef?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-unit-then-role-then-unit-en',
    class: 'followUp',
    turns: [
      {
        text: 'contact details for Mönsterås health centre',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-monsteras', lang: 'en' },
      },
      {
        text: "who's the basenhetschef?",
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-monsteras',
          lang: 'en',
        },
      },
      {
        text: 'and in Vimmerby',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-vimmerby',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-rub-then-gp-there',
    class: 'followUp',
    turns: [
      { text: 'RUB5 på Högsby', expect: { kind: 'rubSummary', scope: 'hc-hogsby', lang: 'sv' } },
      {
        text: 'vem är allmänläkare där?',
        expect: { kind: 'roleAtUnit', role: 'allmänläkare', unit: 'hc-hogsby', lang: 'sv' },
      },
      { text: 'tack, det var allt', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'fu-units-in-area-sv',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns i Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Kalmar?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      { text: 'RUB5 på Berga', expect: { kind: 'rubSummary', scope: 'hc-berga', lang: 'sv' } },
    ],
  },
  {
    id: 'fu-units-in-area-en',
    class: 'followUp',
    turns: [
      {
        text: 'which units are there in Oskarshamn?',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', municipality: 'Oskarshamn', lang: 'en' },
      },
      {
        text: 'only the health centres',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and in Hultsfred?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'phone number for Löttorp',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-lottorp', lang: 'en' },
      },
    ],
  },
  // ---- people by role, paged
  {
    id: 'fu-role-list-paging-sv',
    class: 'followUp',
    turns: [
      {
        text: 'lista alla basenhetschefer',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 2, lang: 'sv' },
      },
      {
        text: 'föregående',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-role-list-paging-en',
    class: 'followUp',
    turns: [
      {
        text: 'list all samordnare',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', page: 1, lang: 'en' },
      },
      {
        text: 'previous',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', page: 0, lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-verksamhetschefer-next',
    class: 'followUp',
    turns: [
      {
        text: 'vilka verksamhetschefer finns det?',
        expect: { kind: 'peopleByRole', role: 'verksamhetschef', lang: 'sv' },
      },
      {
        text: 'visa fler',
        expect: { kind: 'peopleByRole', role: 'verksamhetschef', page: 1, lang: 'sv' },
      },
    ],
  },
  // ---- metrics
  {
    id: 'fu-sip-gripen-kristineberg-trend',
    class: 'followUp',
    turns: [
      {
        text: 'andel RUB5 med SIP på Gripen',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och på Kristineberg?',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-kristineberg',
          measure: 'withSip',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och för hela regionen?',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'withSip',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-flk-nybro-emmaboda-en',
    class: 'followUp',
    turns: [
      {
        text: 'how many RUB 5 patients lack a regular doctor at Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'how about Emmaboda?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and the share with a SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-emmaboda', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-emmaboda',
          measure: 'withSip',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-vad-sags-om-gamleby',
    class: 'followUp',
    turns: [
      {
        text: 'hur många på Blå Kusten har RUB 5?',
        expect: { kind: 'rubSummary', scope: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'vad sägs om Gamleby?',
        expect: { kind: 'rubSummary', scope: 'hc-gamleby', lang: 'sv' },
      },
      {
        text: 'och RUB 4?',
        expect: { kind: 'rubSummary', scope: 'hc-gamleby', level: 4, lang: 'sv' },
      },
      {
        text: 'i augusti 2022 då?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          level: 4,
          period: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-hos-oss-after-gripen',
    class: 'followUp',
    turns: [
      {
        text: 'hur många RUB5 utan fast läkarkontakt har Gripen?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hos oss?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'hur har det utvecklats sedan augusti 2022',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-distribution-switch-measure',
    class: 'followUp',
    turns: [
      {
        text: 'fördelning mellan hälsocentralerna för RUB5 utan fast läkarkontakt',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'och för SIP?',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'i augusti 2022 då?',
        expect: { kind: 'rubDistribution', measure: 'withSip', period: '2022-08', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-distribution-indicators-en',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres have the most RUB 5 patients who went to the emergency department?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'akutbesok', lang: 'en' },
      },
      {
        text: 'and ambulance?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'ambulans', lang: 'en' },
      },
      {
        text: 'for RUB 4',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'ambulans', level: 4, lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-trend-then-units',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen utan fast läkare förändrats sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'på Mönsterås?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-monsteras',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och Hultsfred',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-hultsfred',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'hur ser det ut där just nu?',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-sip-trend-vimmerby-en',
    class: 'followUp',
    turns: [
      {
        text: 'how has the share with a SIP changed at Vimmerby since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-vimmerby',
          measure: 'withSip',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and at Ankarsrum?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-ankarsrum',
          measure: 'withSip',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'only up to December 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-ankarsrum',
          measure: 'withSip',
          from: '2022-08',
          to: '2022-12',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-compare-gripen-kristineberg',
    class: 'followUp',
    turns: [
      {
        text: 'jämför Gripen med Kristineberg',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-kristineberg'], lang: 'sv' },
      },
      {
        text: 'och andelen med SIP?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'lägg till Blå Kusten',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-compare-nybro-emmaboda-en',
    class: 'followUp',
    turns: [
      {
        text: 'compare Nybro and Emmaboda on ambulance rides',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-nybro', 'hc-emmaboda'],
          measure: 'ambulans',
          lang: 'en',
        },
      },
      {
        text: 'and readmissions?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-nybro', 'hc-emmaboda'],
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
      {
        text: 'in August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-nybro', 'hc-emmaboda'],
          measure: 'aterinlaggning',
          period: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-indicators-farjestaden',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 på Färjestaden har haft återinläggning?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
      {
        text: 'och akutbesök?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'och på Mörbylånga?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-morbylanga',
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-indicators-kvarnholmen-en',
    class: 'followUp',
    turns: [
      {
        text: 'psychiatry contacts among RUB5 at Kvarnholmen',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          measure: 'psykiatri',
          lang: 'en',
        },
      },
      {
        text: 'rehab?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          measure: 'rehabilitering',
          lang: 'en',
        },
      },
      {
        text: 'what about home health care',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          measure: 'hemsjukvard',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-har-vi-then-period',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub 5 har vi?',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' },
      },
      {
        text: 'och i augusti 2022?',
        expect: { kind: 'rubSummary', scope: 'mine', period: '2022-08', lang: 'sv' },
      },
      {
        text: 'hur många av dem saknade fast läkare då',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          period: '2022-08',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-our-hc-then-compare-en',
    class: 'followUp',
    turns: [
      {
        text: 'how many RUB 5 patients does our health centre have?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'en' },
      },
      {
        text: 'and how many of them have a SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'en' },
      },
      {
        // 'mine' in units: the user's own health centre, as in scope.
        text: 'compared with Gripen?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-gripen'],
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-kalmar-centrum-och-for-nybro',
    class: 'followUp',
    turns: [
      {
        text: 'andel rub5 med hemsjukvård på Kalmar centrum',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
      {
        text: 'och för Nybro?',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', measure: 'hemsjukvard', lang: 'sv' },
      },
      {
        text: 'och hela länet',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'hemsjukvard', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-level-switch-hultsfred-en',
    class: 'followUp',
    turns: [
      {
        text: 'RUB 4 patients at Hultsfred health centre',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', level: 4, lang: 'en' },
      },
      {
        text: 'and RUB 5?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', level: 5, lang: 'en' },
      },
      {
        text: 'how many of them went by ambulance?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hultsfred',
          level: 5,
          measure: 'ambulans',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-patient-trend-stenso-en',
    class: 'followUp',
    turns: [
      {
        text: 'how has the number of RUB 5 patients changed since August 2022?',
        locale: 'en-US',
        expect: { kind: 'rubTrend', measure: 'patients', from: '2022-08', lang: 'en' },
      },
      {
        text: 'and at Stensö?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-stenso',
          measure: 'patients',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and the share without fast läkarkontakt there?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-stenso',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'fu-readmission-trend-vastervik',
    class: 'followUp',
    turns: [
      {
        text: 'har andelen återinläggningar minskat på Esplanaden sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-esplanaden',
          measure: 'aterinlaggning',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och på Stora Trädgårdsgatan?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-stora-tradgardsgatan',
          measure: 'aterinlaggning',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'visa fördelningen för alla hälsocentraler',
        expect: { kind: 'rubDistribution', measure: 'aterinlaggning', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-set-unit-then-vi',
    class: 'followUp',
    turns: [
      { text: 'min HC är Nybro', expect: { kind: 'setMyUnit', unit: 'hc-nybro', lang: 'sv' } },
      {
        text: 'hur många rub5 har vi utan fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'visa dem',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-set-unit-then-us-en',
    class: 'followUp',
    turns: [
      {
        text: 'set my health centre to Vimmerby',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-vimmerby', lang: 'en' },
      },
      {
        text: 'RUB 5 summary for us',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'en' },
      },
      {
        text: 'and the trend since August 2022',
        locale: 'en-US',
        expect: { kind: 'rubTrend', scope: 'mine', from: '2022-08', lang: 'en' },
      },
    ],
  },
  // ---- patient lists, paged
  {
    id: 'fu-patients-paging-sv',
    class: 'followUp',
    turns: [
      {
        text: 'vilka rub5-patienter saknar fast läkare på min HC?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
      {
        text: 'föregående',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-patients-paging-en',
    class: 'followUp',
    turns: [
      {
        text: 'show me our RUB 5 patients without a regular doctor',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-patients-all-then-without',
    class: 'followUp',
    turns: [
      {
        text: 'lista våra rub5-patienter',
        expect: { kind: 'patientList', scope: 'mine', without: false, lang: 'sv' },
      },
      {
        text: 'bara de utan fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-summary-then-which-of-them-en',
    class: 'followUp',
    turns: [
      {
        text: 'RUB5 at my health centre',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'en' },
      },
      {
        text: 'which of them have no named GP?',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-patients-gripen-then-kristineberg-en',
    class: 'followUp',
    turns: [
      {
        text: 'list the RUB 5 patients at Gripen without a named GP',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-gripen', without: true, lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-gripen', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'and at Kristineberg?',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-kristineberg', without: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-patients-period-paging',
    class: 'followUp',
    turns: [
      {
        text: 'vilka av våra rub5 saknade fast läkare i januari 2023?',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          period: '2023-01',
          lang: 'sv',
        },
      },
      {
        text: 'nästa',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          period: '2023-01',
          page: 1,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'fu-patients-in-channel-then-count',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka rub5 saknar fast läkare på Gripen?',
        expect: { kind: 'patientList', scope: 'hc-gripen', without: true, lang: 'sv' },
      },
      {
        text: 'ok, hur många är det då?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  // ---- digests in a channel
  {
    id: 'fu-digest-subscribe-preview-pause-resume-en',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', lang: 'en' },
      },
      {
        text: 'show me a preview',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
      { text: 'pause it', locale: 'en-US', expect: { kind: 'digestPause', lang: 'en' } },
      {
        text: 'resume it',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'fu-digest-list-pause-end-sv',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka prenumerationer finns här?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'pausa den', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'nej förresten, avsluta den helt',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-digest-change-weekday',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrev för Kalmarområdet',
        expect: { kind: 'digestSubscribe', digestScope: 'area:Kalmar', lang: 'sv' },
      },
      {
        text: 'gör det på fredagar istället',
        expect: { kind: 'digestSubscribe', digestScope: 'area:Kalmar', weekday: 5, lang: 'sv' },
      },
    ],
  },
  {
    id: 'fu-digest-change-time-en',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'weekly digest every Monday at 7 for the whole region',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      {
        text: 'actually make it 7:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'region',
          lang: 'en',
        },
      },
    ],
  },
  // ===================================================================================== language
  // The answer follows the conversation's language; the client's locale only breaks a tie.
  {
    id: 'lang-sv-user-en-client-nasta',
    class: 'language',
    turns: [
      {
        text: 'vilka rub5 saknar fast läkare hos oss?',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'Nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-sv-user-en-client-gripen',
    class: 'language',
    turns: [
      {
        text: 'hur många rub5 finns på Kristineberg?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'Gripen?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-en-user-sv-client-roles',
    class: 'language',
    turns: [
      {
        text: 'who is the basenhetschef at Kristineberg?',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'and Blå Kusten?',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-bla-kusten',
          lang: 'en',
        },
      },
      {
        text: 'Gripen',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'en' },
      },
    ],
  },
  {
    id: 'lang-en-user-sv-client-metric',
    class: 'language',
    turns: [
      {
        text: 'how many RUB 5 patients have a SIP in the whole region?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'Nybro?',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', measure: 'withSip', lang: 'en' },
      },
      { text: 'ok, thanks', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'lang-playground-greeting-then-person',
    class: 'language',
    turns: [
      { text: 'hej', locale: 'en-US', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'telefon till Åke Åkesson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-en-user-sv-client-group',
    class: 'language',
    turns: [
      { text: 'Good morning!', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: 'who should I contact about Hemsjukhuset?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'Åke?',
        expect: { kind: 'personLookup', person: 'ake-akesson', lang: 'en' },
      },
    ],
  },
  {
    id: 'lang-switch-to-english-mid-conversation',
    class: 'language',
    turns: [
      {
        text: 'RUB5 på Mönsterås',
        expect: { kind: 'rubSummary', scope: 'hc-monsteras', lang: 'sv' },
      },
      {
        text: 'sorry, could you answer in English? how many of them have no regular doctor?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and Högsby?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'lang-sv-user-en-client-karlshamn',
    class: 'language',
    turns: [
      {
        text: 'vem kontaktar jag för Karlshamnspiloten?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'sv' },
      },
      {
        text: 'Johanna Nilsson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'johanna-nilsson', lang: 'sv' },
      },
      {
        text: 'mejladress',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'johanna-nilsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-en-user-period-only',
    class: 'language',
    turns: [
      {
        text: 'RUB 5 at Gripen',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', lang: 'en' },
      },
      {
        text: '2022-08?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', period: '2022-08', lang: 'en' },
      },
    ],
  },
  {
    id: 'lang-sv-digest-en-client',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', lang: 'sv' },
      },
      {
        text: 'visa en förhandsvisning',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-en-digest-sv-client',
    class: 'language',
    conversation: 'channel',
    turns: [
      { text: 'subscribe to the weekly digest', expect: { kind: 'digestSubscribe', lang: 'en' } },
      { text: 'list subscriptions', expect: { kind: 'digestList', lang: 'en' } },
    ],
  },
  {
    id: 'lang-sv-user-en-client-names-only',
    class: 'language',
    turns: [
      {
        text: 'vem är Marie Ragnarsson?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'sv' },
      },
      {
        text: 'Emma Rydh?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-sv-help-en-client',
    class: 'language',
    turns: [
      { text: 'hjälp', locale: 'en-US', expect: { kind: 'help', lang: 'sv' } },
      {
        text: 'RUB5 på min HC',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-en-help-sv-client',
    class: 'language',
    turns: [
      { text: 'help', expect: { kind: 'help', lang: 'en' } },
      {
        text: 'who are the coordinators?',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'lang-sv-thanks-en-client',
    class: 'language',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholm?',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'sv',
        },
      },
      { text: 'tack!', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'lang-en-units-sv-client',
    class: 'language',
    turns: [
      {
        text: 'phone number for Gamleby health centre',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'en' },
      },
      { text: 'Överum?', expect: { kind: 'unitLookup', unit: 'hc-overum', lang: 'en' } },
      { text: 'cheers', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'lang-sv-distribution-en-client',
    class: 'language',
    turns: [
      {
        text: 'fördelning per hälsocentral, andel med SIP',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'RUB 4',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withSip', level: 4, lang: 'sv' },
      },
    ],
  },
  {
    id: 'lang-en-user-en-gb-trend',
    class: 'language',
    turns: [
      {
        text: 'has the share without a named GP at Berga gone down since August 2022?',
        locale: 'en-GB',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-berga',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'Norrliden',
        locale: 'en-GB',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-norrliden',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'lang-neutral-first-turn-locale-decides',
    class: 'language',
    turns: [
      // Nothing in "Nybro" is Swedish or English: the locale breaks the tie.
      {
        text: 'Nybro',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'en' },
      },
      {
        text: 'vem är basenhetschef där?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-nybro', lang: 'sv' },
      },
    ],
  },

  // =============================================================================== wordFormation
  {
    id: 'wf-borgholmsprojektets-kontakt',
    class: 'wordFormation',
    turns: [
      {
        text: 'borgholmsprojektets kontakt',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-morlundaprojektet',
    class: 'wordFormation',
    turns: [
      // No group is called after Mörlunda; it takes part in the Hultsfred cluster, so whether this
      // is that group or not found is open: only the kind is written.
      { text: 'vem leder mörlundaprojektet?', expect: { kind: 'groupContacts', lang: 'sv' } },
    ],
  },
  {
    id: 'wf-vasterviksprojektet-deltagare',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka deltar i västerviksprojektet?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'wf-hultsfredsprojektets-fokus',
    class: 'wordFormation',
    turns: [
      {
        text: 'hultsfredsprojektets fokus',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'focus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-hogsbyprojektet-two-fits',
    class: 'wordFormation',
    turns: [
      // Högsby has two projects (beroende, hälsolots).
      {
        text: 'kontaktpersonen för högsbyprojektet',
        expect: { kind: 'groupContacts', group: 'ambiguous', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-kristinebergs-basenhetschef',
    class: 'wordFormation',
    turns: [
      {
        text: 'Kristinebergs basenhetschef',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'wf-gripens-siffror',
    class: 'wordFormation',
    turns: [
      {
        text: 'Gripens siffror för rub5',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-akessons-nummer',
    class: 'wordFormation',
    turns: [
      {
        text: 'Åkessons nummer?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-althinis-mejl',
    class: 'wordFormation',
    turns: [
      {
        text: 'Althinis mejl',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-hemsjukhusets-kontaktperson',
    class: 'wordFormation',
    turns: [
      {
        text: 'hemsjukhusets kontaktperson',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-gatt-battre-is-not-a-name',
    class: 'wordFormation',
    turns: [
      {
        text: 'andel rub5 utan fast läkare på Esplanaden',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-esplanaden',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        // "i höstas" has no month, so no from is written.
        text: 'har det gått bättre sedan i höstas?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-esplanaden',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'wf-hant-is-not-a-name',
    class: 'wordFormation',
    turns: [
      {
        text: 'vad har hänt med andelen SIP:ar hos oss sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withSip',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'wf-akt-ambulans-everyday-words',
    class: 'wordFormation',
    turns: [
      {
        text: 'jag undrar hur många rub5 som har åkt ambulans i hela länet',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-alias-then-words-unit',
    class: 'wordFormation',
    turns: [
      {
        text: 'Gripen hc telefon',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'Oskarsgruppen kontakter tack',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-ambulansen-med-ord-efter',
    class: 'wordFormation',
    turns: [
      {
        text: 'ambulansen i Kalmar län nummer',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-hc-colon-genitive',
    class: 'wordFormation',
    turns: [
      {
        text: 'Blå Kustens HC:s basenhetschef',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-bla-kusten',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'wf-hcn-i-monsteras',
    class: 'wordFormation',
    turns: [
      {
        text: 'HC:n i Mönsterås, hur många rub5?',
        expect: { kind: 'rubSummary', scope: 'hc-monsteras', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-vardcentrals-telefonnummer',
    class: 'wordFormation',
    turns: [
      {
        text: 'Färjestadens vårdcentrals telefonnummer',
        expect: { kind: 'unitLookup', unit: 'hc-farjestaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-samordningsgruppens-analytiker',
    class: 'wordFormation',
    turns: [
      {
        text: 'samordningsgruppens analytiker',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          within: 'samordnande-arbetsgrupp',
          lang: 'sv',
        },
      },
      {
        text: 'hans mejl',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-karlshamnspilotens-deltagare',
    class: 'wordFormation',
    turns: [
      {
        text: 'Karlshamnspilotens deltagare',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'wf-vimmerbys-hc-patienterna',
    class: 'wordFormation',
    turns: [
      {
        text: 'visa rub5-patienterna utan fastläkare på Vimmerbys hc',
        expect: { kind: 'patientList', scope: 'hc-vimmerby', without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-lottorpsfilialen-chef',
    class: 'wordFormation',
    turns: [
      // "chef" alone does not say which of the manager roles.
      {
        text: 'vem är chef på Löttorpsfilialen?',
        expect: { kind: 'roleAtUnit', unit: 'hc-lottorp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-oskarsmodellens-kontaktperson',
    class: 'wordFormation',
    turns: [
      {
        text: 'oskarsmodellens kontaktperson?',
        expect: { kind: 'groupContacts', group: 'oskarsmodellen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-measure-compounds',
    class: 'wordFormation',
    turns: [
      {
        text: 'hemsjukvårdsandelen på Borgholm',
        expect: { kind: 'rubSummary', scope: 'hc-borgholm', measure: 'hemsjukvard', lang: 'sv' },
      },
      {
        text: 'sipandelen på Gamleby',
        expect: { kind: 'rubSummary', scope: 'hc-gamleby', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-akutbesoksfordelningen',
    class: 'wordFormation',
    turns: [
      {
        text: 'akutbesöksfördelningen för rub5',
        expect: { kind: 'rubDistribution', measure: 'akutbesok', lang: 'sv' },
      },
    ],
  },
  {
    id: 'wf-en-possessive-person',
    class: 'wordFormation',
    turns: [
      {
        text: "Anna Dahl's phone",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
      {
        text: "and Helene Svensson's email",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'wf-en-possessive-unit',
    class: 'wordFormation',
    turns: [
      {
        text: "Gripen's RUB5 numbers",
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', lang: 'en' },
      },
    ],
  },
  {
    id: 'wf-en-possessive-group',
    class: 'wordFormation',
    turns: [
      {
        text: "the Oskarshamn cluster's focus",
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'en' },
      },
    ],
  },
  {
    id: 'wf-en-borgholm-project-contact',
    class: 'wordFormation',
    turns: [
      {
        text: 'Borgholm project contact person',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'wf-en-kristineberg-basenhetschef',
    class: 'wordFormation',
    turns: [
      {
        text: "Kristineberg HC's basenhetschef?",
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'wf-en-vastervik-project-participants',
    class: 'wordFormation',
    turns: [
      {
        text: 'who is part of the Västervik home care project?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
    ],
  },
  // ==================================================================================== ownWords
  {
    id: 'ow-hora-av-sig-angaende',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska man höra av sig till angående Oskarsgruppen?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-vet-nan',
    class: 'ownWords',
    turns: [
      {
        text: 'vet nån vem som är verksamhetschef i Borgholm',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'ow-tack-sa-mycket',
    class: 'ownWords',
    turns: [
      {
        text: 'Susanna Althinis mejl',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
      { text: 'tack så mycket!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'ow-ambulansen-alone',
    class: 'ownWords',
    turns: [{ text: 'ambulansen', expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' } }],
  },
  {
    id: 'ow-1177-alone',
    class: 'ownWords',
    turns: [{ text: '1177', expect: { kind: 'unitLookup', unit: 'vardguiden-1177', lang: 'sv' } }],
  },
  {
    id: 'ow-psykiatrin-alone',
    class: 'ownWords',
    turns: [{ text: 'psykiatrin', expect: { kind: 'unitLookup', unit: 'psykiatrin', lang: 'sv' } }],
  },
  {
    id: 'ow-stall-nybro-mot-emmaboda',
    class: 'ownWords',
    turns: [
      {
        text: 'kan du ställa Nybro mot Emmaboda?',
        expect: { kind: 'rubCompare', units: ['hc-nybro', 'hc-emmaboda'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-vardcentraler-i-kalmar-kommun',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka vårdcentraler finns det i Kalmar kommun?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'ow-enheter-i-hogsby',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka enheter finns i Högsby?',
        expect: { kind: 'unitsInArea', municipality: 'Högsby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-utan-fast-doktor-hos-oss',
    class: 'ownWords',
    turns: [
      {
        text: 'kolla hur många rub5 vi har som inte har nån fast doktor',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'ow-snackar-om-halsolotsen',
    class: 'ownWords',
    turns: [
      {
        text: 'vem snackar jag med om hälsolotsen?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-nummer-till-ake-pa-borgholm',
    class: 'ownWords',
    turns: [
      {
        text: 'har ni nåt nummer till Åke på Borgholm?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-fa-tag-pa-nan-pa-morlunda',
    class: 'ownWords',
    turns: [
      {
        text: 'jag behöver få tag på nån på Mörlunda',
        expect: { kind: 'unitLookup', unit: 'hc-morlunda', lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-ge-mig-siffrorna',
    class: 'ownWords',
    turns: [
      {
        text: 'ge mig siffrorna för Stensö',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-hur-ligger-vi-till',
    class: 'ownWords',
    turns: [
      {
        text: 'hur ligger vi till med SIP:arna?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'ow-den-dar-kommunikatoren',
    class: 'ownWords',
    turns: [
      {
        text: 'den där kommunikatören i samordningsgruppen, vad heter hon?',
        expect: {
          kind: 'peopleByRole',
          role: 'kommunikatör',
          within: 'samordnande-arbetsgrupp',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'ow-vad-kan-du',
    class: 'ownWords',
    turns: [{ text: 'vad kan du hjälpa till med?', expect: { kind: 'help', lang: 'sv' } }],
  },
  {
    id: 'ow-en-ring-karlshamn-pilot',
    class: 'ownWords',
    turns: [
      {
        text: 'who do I ring about the Karlshamn pilot?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'ow-en-anyone-know-analyst',
    class: 'ownWords',
    turns: [
      {
        text: 'anyone know who the analyst is in the coordination group?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          within: 'samordnande-arbetsgrupp',
          lang: 'en',
        },
      },
      { text: "cheers, that's all", locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'ow-en-health-centres-in-vastervik',
    class: 'ownWords',
    turns: [
      {
        text: 'what health centres are in Västervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'ow-en-hospitals-in-county',
    class: 'ownWords',
    turns: [
      {
        text: 'which hospitals are there in the county?',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', unitKind: 'sjukhus', lang: 'en' },
      },
    ],
  },
  {
    id: 'ow-en-pit-against',
    class: 'ownWords',
    turns: [
      {
        text: 'put Gripen side by side with Blå Kusten on SIPs',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-bla-kusten'],
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'ow-en-gimme-numbers',
    class: 'ownWords',
    turns: [
      {
        text: 'gimme the numbers for Norrliden',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-norrliden', lang: 'en' },
      },
    ],
  },
  {
    id: 'ow-en-in-charge-at',
    class: 'ownWords',
    turns: [
      // "in charge" does not say which manager role.
      {
        text: "who's in charge at Kvarnholmen?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', unit: 'hc-kvarnholmen', lang: 'en' },
      },
    ],
  },
  {
    id: 'ow-en-how-are-we-doing',
    class: 'ownWords',
    turns: [
      {
        text: 'how are we doing on patients without a named GP?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'ow-en-ambulance-service',
    class: 'ownWords',
    turns: [
      {
        text: 'ambulance service',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'en' },
      },
    ],
  },
  {
    id: 'ow-en-thanks-a-lot',
    class: 'ownWords',
    turns: [
      {
        text: 'number for the hospital in Västervik?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'en' },
      },
      { text: 'thanks a lot!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'ow-en-what-can-you-do',
    class: 'ownWords',
    turns: [{ text: 'what can you do?', locale: 'en-US', expect: { kind: 'help', lang: 'en' } }],
  },
  {
    id: 'ow-en-nara-vard-coordination',
    class: 'ownWords',
    turns: [
      {
        text: 'is there a nära vård coordinator I could talk to?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'ow-en-vc-means-unit',
    class: 'ownWords',
    turns: [
      {
        text: 'phone to Nybro vc',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'en' },
      },
    ],
  },
  {
    id: 'ow-vc-means-verksamhetschef',
    class: 'ownWords',
    turns: [
      {
        text: 'vem är vc på Gripen?',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-gripen', lang: 'sv' },
      },
    ],
  },

  // ================================================================================= longMessage
  {
    id: 'lm-dsk-borgholm-hemsjukhuset',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och jobbar som distriktssköterska i hemsjukvården i Borgholms kommun. Vi har en patient som ska skrivas hem nästa vecka och jag undrar vem jag ska ringa om Hemsjukhuset?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lm-karin-pa-nybro-greeting-then-question',
    class: 'longMessage',
    turns: [
      { text: 'Hej! Karin här, på Nybro', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'jag är ny som basenhetschef och undrar hur många RUB 5-patienter vi har',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lm-en-nurse-gripen-oskarshamn-cluster',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm Sarah, a nurse at Gripen health centre, new here since Monday. I have a frail elderly patient who keeps ending up at the emergency department and I'm not sure who coordinates the Oskarshamn cluster work – who should I contact?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
    ],
  },
  {
    id: 'lm-usk-esplanaden-project',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är undersköterska på Esplanaden och vi pratade på APT om samverkan kring hemsjukvård med kommunen. Vad är det egentligen projektet ska uppnå och vilka är med?',
        expect: { kind: 'groupDetails', group: 'vastervik-esplanaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lm-en-physio-monsteras',
    class: 'longMessage',
    turns: [
      {
        text: "Good morning! My name is Peter and I work as a physiotherapist in Mönsterås municipality. We're trying to set up better routines with the health centre. Could you give me the phone number for Mönsterås HC?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-monsteras', lang: 'en' },
      },
    ],
  },
  {
    id: 'lm-vc-gripen-trend-hos-oss',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej Nära! Jag är verksamhetschef på Gripen och ska ha ledningsgruppsmöte på torsdag. Kan du visa hur andelen RUB5 utan fast läkarkontakt har förändrats hos oss sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-gripen', // the unit she names is hers ("hos oss"), as in round p14
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'lm-en-bec-compare-before-workshop',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm a basenhetschef at Blå Kusten. Before our workshop next week I'd like to compare Blå Kusten with Gripen and Kristineberg, especially the share of RUB 5 patients with a SIP.",
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'lm-kurator-hogsby-lines',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej!\nJag jobbar som kurator på Högsby HC sedan i våras.\nVi ser allt fler patienter med alkoholproblem och jag vet att det finns ett samverkansprojekt med kommunen.\nVem är kontaktperson för det?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lm-en-new-coordinator-overview',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm new as a coordinator in Region Kalmar län and I'm trying to get an overview of primary care. Which health centres are there in Kalmar municipality?",
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'Thanks! And who should I talk to about the RUB analyses, is there an analyst somewhere?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
    ],
  },
  {
    id: 'lm-mas-hogsby-halsolots',
    class: 'longMessage',
    turns: [
      {
        text: 'God morgon. Jag heter Birgitta och är MAS i Högsby kommun. Vi funderar på social förskrivning och jag har hört att det finns en hälsolots hos er. Vad går det ut på?',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lm-channel-digest-vastervik',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej alla! Vi i samordningsgruppen vill att den här kanalen får ett veckobrev med RUB5-siffrorna för Västerviksområdet, helst måndagar klockan åtta så att det finns där till veckomötet.',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'lm-en-covering-for-manager',
    class: 'longMessage',
    turns: [
      {
        text: "hey, quick one – I'm covering for my manager this week (she's on leave) and she asked me to check the list of our RUB 5 patients who still don't have a regular doctor, can you pull that up?",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'lm-anders-fran-vimmerby-then-question',
    class: 'longMessage',
    turns: [
      { text: 'Hej! Anders här, från Vimmerby', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'vem kontaktar jag för Hultsfredsklustret?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lm-en-greeting-with-name-and-place',
    class: 'longMessage',
    turns: [
      {
        text: 'Hi, Jonas from Färjestaden here 👋',
        locale: 'en-US',
        expect: { kind: 'greeting', lang: 'en' },
      },
      {
        text: 'who is the basenhetschef at Mörbylånga health centre?',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-morbylanga',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'lm-ssk-kvarnholmen-sip-samordnare',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är sjuksköterska på Kvarnholmen och har en patient som ska ha en SIP med kommunen, men jag vet inte vem som samordnar nära vård i regionen. Finns det någon samordnare jag kan kontakta?',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
    ],
  },
  {
    id: 'lm-en-gp-hogsby-addiction',
    class: 'longMessage',
    turns: [
      {
        text: "Hello! I'm a locum GP at Högsby for a few weeks. A patient's daughter asked me what support there is for relatives of people with alcohol problems here. Which groups does the Högsby addiction project target?",
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'lm-en-manager-set-unit',
    class: 'longMessage',
    turns: [
      {
        text: "Hi there. I moved from Kristineberg to Gripen last month and the bot still thinks I'm at Kristineberg. Please set my health centre to Gripen.",
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-gripen', lang: 'en' },
      },
    ],
  },
  // ==================================================================================== spelling
  {
    id: 'sp-mathias-carlsson-analytiker',
    class: 'spelling',
    turns: [
      {
        text: 'Mathias Carlsson analytiker',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-en-phonne',
    class: 'spelling',
    turns: [
      {
        text: 'phonne number for Anna Dahl',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-en-coordinater',
    class: 'spelling',
    turns: [
      {
        text: 'who is the coordinater for nära vård?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-en-centr',
    class: 'spelling',
    turns: [
      {
        text: 'contact for Kristineberg health centr',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-telfon-akeson',
    class: 'spelling',
    turns: [
      {
        text: 'telfon till Åke Åkeson',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-basenhetchef-kristinberg',
    class: 'spelling',
    turns: [
      {
        text: 'basenhetchef på kristinberg',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'sp-no-aao-monsteras',
    class: 'spelling',
    turns: [
      {
        text: 'rub5 pa monsteras',
        expect: { kind: 'rubSummary', scope: 'hc-monsteras', lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-no-aao-verksamhetschef-borgholm',
    class: 'spelling',
    turns: [
      {
        text: 'vem ar verksamhetschef pa borgholm',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'sp-en-emial-helen',
    class: 'spelling',
    turns: [
      {
        text: 'emial to Helen Svensson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-altini',
    class: 'spelling',
    turns: [
      {
        text: 'Susanna Altini',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-ragnarson-mejl',
    class: 'spelling',
    turns: [
      {
        text: 'Marie Ragnarson mejl',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-en-reguler-doctor',
    class: 'spelling',
    turns: [
      {
        text: 'RUB 5 at Blå Kusten without a reguler doctor',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-bla-kusten',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'sp-en-oskarsgrupen',
    class: 'spelling',
    turns: [
      {
        text: 'Oskarsgrupen contacts',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-karlshamspiloten',
    class: 'spelling',
    turns: [
      {
        text: 'vad är Karlshamspiloten',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-no-aao-hogsby-flk',
    class: 'spelling',
    turns: [
      {
        text: 'hur manga rub 5 har ingen fast lakare pa hogsby',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'sp-en-compair',
    class: 'spelling',
    turns: [
      {
        text: 'compair Gripen and Kristinebrg',
        locale: 'en-US',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-kristineberg'], lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-en-subscrbe',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'subscrbe to the weekly digest',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-prenumrera',
    class: 'spelling',
    conversation: 'channel',
    turns: [{ text: 'prenumrera på veckobrevet', expect: { kind: 'digestSubscribe', lang: 'sv' } }],
  },
  {
    id: 'sp-farjestan',
    class: 'spelling',
    turns: [
      { text: 'Färjestan hc', expect: { kind: 'unitLookup', unit: 'hc-farjestaden', lang: 'sv' } },
    ],
  },
  {
    id: 'sp-en-alvinson-hilbert',
    class: 'spelling',
    turns: [
      {
        text: 'mobil number for Maria Alvinson Hilbert',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'en',
        },
      },
      {
        text: 'and her emial',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'email',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'sp-jullia-strom',
    class: 'spelling',
    turns: [
      { text: 'Jullia Strom', expect: { kind: 'personLookup', person: 'julia-strom', lang: 'sv' } },
    ],
  },
  {
    id: 'sp-en-ryd-communicatons',
    class: 'spelling',
    turns: [
      {
        text: 'Emma Ryd, communicatons',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-en-distrubution',
    class: 'spelling',
    turns: [
      {
        text: 'distrubution of SIP by health center',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-fastlakare-min-hc',
    class: 'spelling',
    turns: [
      {
        text: 'vilka rub5 patienter saknar fastläkare på min hc',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-en-mathias-carlson-alone',
    class: 'spelling',
    turns: [
      {
        text: 'Mathias Carlson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-hultsfredklustret',
    class: 'spelling',
    turns: [
      {
        text: 'vem kontaktar jag för Hultsfredklustret',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'sp-en-stensoe',
    class: 'spelling',
    turns: [
      {
        text: 'Stensoe health centre phone',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-en-basenhetchef-at-gripen',
    class: 'spelling',
    turns: [
      {
        text: 'who is basenhetchef at Gripenn',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'en' },
      },
    ],
  },
  {
    id: 'sp-en-hemsjukhuset-typo',
    class: 'spelling',
    turns: [
      {
        text: 'who runs Hemsjukhuset Borgolm',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
    ],
  },

  // ===================================================================================== details
  {
    id: 'de-veckobrev-fredag-kl9-oskarshamn',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev varje fredag kl 9 för Oskarshamn',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '09:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'de-en-subscribe-for-kalmar',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel for Kalmar',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', digestScope: 'area:Kalmar', lang: 'en' },
      },
    ],
  },
  {
    id: 'de-hela-regionen-mandagar-0730',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för hela regionen, måndagar 07:30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'region',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'de-en-two-units-tuesday-8am',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'weekly digest for Gripen and Kristineberg every Tuesday at 8am',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '08:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'de-torsdagar-1315-vastervik',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'vill ha veckobrevet på torsdagar kl 13.15 för Västervik',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '13:15',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'de-en-borgholm-wednesdays-10',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'set up a digest for Borgholm on Wednesdays at 10:00',
        locale: 'en-US',
        // Borgholm is both a municipality and a health centre: the scope is left open.
        expect: { kind: 'digestSubscribe', weekday: 3, time: '10:00', lang: 'en' },
      },
    ],
  },
  {
    id: 'de-halv-nio-tva-hc',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev för Nybro HC och Emmaboda HC, fredagar halv nio',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '08:30',
          digestScope: 'units:hc-nybro,hc-emmaboda',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'de-en-three-units-thursdays',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'digest for Stensö, Berga and Norrliden HC, Thursdays 14:00',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '14:00',
          digestScope: 'units:hc-stenso,hc-berga,hc-norrliden',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'de-en-friday-3pm-oskarshamn',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'please post the weekly digest here on Fridays at 3 pm for the Oskarshamn area',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '15:00',
          digestScope: 'area:Oskarshamn',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'de-sondagar-kl16',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        // Two names that are both a municipality and a health centre: the scope is left open.
        text: 'kan ni skicka veckobrevet kl 16 på söndagar för Vimmerby och Hultsfred?',
        expect: { kind: 'digestSubscribe', weekday: 7, time: '16:00', lang: 'sv' },
      },
    ],
  },
  {
    id: 'de-kvart-over-sju-morbylanga-omradet',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev tisdagar kvart över sju, området Mörbylånga',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '07:15',
          digestScope: 'area:Mörbylånga',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'de-en-whole-county-monday-0900-then-preview',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: '@Nära subscribe to the weekly digest for the whole county, Mondays 09:00',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '09:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      {
        text: 'and show me what it will look like',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'de-en-saturday-noon-emmaboda-area',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'digest on Saturdays at noon for the Emmaboda area',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 6,
          time: '12:00',
          digestScope: 'area:Emmaboda',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'de-onsdagar-kl-0745-gripen',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'starta veckobrev för Gripens hälsocentral, onsdagar 07.45',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '07:45',
          digestScope: 'units:hc-gripen',
          lang: 'sv',
        },
      },
    ],
  },

  // ======================================================================================= plain
  // ---- people
  {
    id: 'pl-telefon-alvinsson-hilberth',
    class: 'plain',
    turns: [
      {
        text: 'telefon till Maria Alvinsson Hilberth',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-en-email-julia',
    class: 'plain',
    turns: [
      {
        text: 'email address for Julia Ström',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-helene-svensson',
    class: 'plain',
    turns: [
      {
        text: 'Helene Svensson',
        expect: { kind: 'personLookup', person: 'helene-svensson', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-kjell-ivarsson',
    class: 'plain',
    turns: [
      {
        text: 'Kjell Ivarsson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'kjell-ivarsson', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-maria-ambiguous',
    class: 'plain',
    turns: [
      {
        text: 'telefon till Maria',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-svensson-ambiguous',
    class: 'plain',
    turns: [
      {
        text: 'Svensson email',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-notfound-ragnhild-holmberg',
    class: 'plain',
    turns: [
      {
        // Named in a 2017 article, not a directory contact.
        text: 'telefon till Ragnhild Holmberg',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-notfound-lars-bengtsson',
    class: 'plain',
    turns: [
      {
        text: 'email for Lars Bengtsson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-notfound-eva-lindqvist',
    class: 'plain',
    turns: [
      {
        text: 'vem är Eva Lindqvist?',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-notfound-politician',
    class: 'plain',
    turns: [
      {
        // A politician named in a newspaper fragment: not a contact.
        text: 'contact details for Jimmy Loord',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-en-torill-skaar-magnusson',
    class: 'plain',
    turns: [
      {
        text: 'who is Torill Skaar Magnusson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'torill-skaar-magnusson', lang: 'en' },
      },
    ],
  },
  // ---- units
  {
    id: 'pl-nummer-borgholms-hc',
    class: 'plain',
    turns: [
      {
        text: 'nummer till Borgholms hälsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-reach-oskarshamn-hospital',
    class: 'plain',
    turns: [
      {
        text: 'how do I reach Oskarshamn hospital?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-notfound-torsas',
    class: 'plain',
    turns: [
      {
        text: 'Torsås hälsocentral',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-notfound-ljungbyholm',
    class: 'plain',
    turns: [
      {
        text: 'contact details for Ljungbyholm health centre',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-kontaktuppgifter-hsf',
    class: 'plain',
    turns: [
      {
        text: 'kontaktuppgifter till HSF',
        expect: { kind: 'unitLookup', unit: 'hsf', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-vasterviks-kommun',
    class: 'plain',
    turns: [
      {
        text: 'how do I get hold of Västervik municipality?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'vasterviks-kommun', lang: 'en' },
      },
    ],
  },
  // ---- groups
  {
    id: 'pl-oskarsgruppen-group-chat',
    class: 'plain',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vem kontaktar jag för Oskarsgruppen?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-oskarsgruppen-focus',
    class: 'plain',
    turns: [
      {
        text: 'what does Oskarsgruppen work on?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-karlshamnspiloten-deltar',
    class: 'plain',
    turns: [
      {
        text: 'vilka deltar i Karlshamnspiloten',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-en-hultsfred-target-groups',
    class: 'plain',
    turns: [
      {
        text: 'target groups of Hultsfredsklustret',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-oskarsmodellen',
    class: 'plain',
    turns: [
      {
        text: 'vad är Oskarsmodellen?',
        expect: { kind: 'groupDetails', group: 'oskarsmodellen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-coordination-group-contacts',
    class: 'plain',
    conversation: 'groupChat',
    turns: [
      {
        text: 'who can I contact in the coordination group?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'en' },
      },
    ],
  },
  // ---- roles
  {
    id: 'pl-basenhetschef-kristineberg',
    class: 'plain',
    turns: [
      {
        text: 'vem är basenhetschef på Kristineberg?',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-en-verksamhetschef-borgholm',
    class: 'plain',
    turns: [
      {
        text: 'who is the verksamhetschef at Borgholm health centre?',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'pl-basenhetschef-vardcentralen-emmaboda',
    class: 'plain',
    turns: [
      {
        text: 'vem är basenhetschef på vårdcentralen i Emmaboda',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-emmaboda', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-samordnare-nara-vard',
    class: 'plain',
    turns: [
      {
        text: 'samordnare nära vård',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-all-basenhetschefer',
    class: 'plain',
    turns: [
      {
        text: 'who are the basenhetschefer in the region?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-en-kommunikator-within',
    class: 'plain',
    turns: [
      {
        text: 'is there a kommunikatör in the coordination group?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'kommunikatör',
          within: 'samordnande-arbetsgrupp',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'pl-en-development-lead',
    class: 'plain',
    turns: [
      {
        text: 'who is the development lead for nära vård?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'utvecklingsledare', lang: 'en' },
      },
    ],
  },
  // ---- metrics
  {
    id: 'pl-rub5-kristineberg',
    class: 'plain',
    turns: [
      {
        text: 'RUB5 på Kristineberg',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-sip-my-hc',
    class: 'plain',
    turns: [
      {
        text: 'share with a SIP at my HC',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-flk-gripen',
    class: 'plain',
    turns: [
      {
        text: 'hur många RUB 5 saknar fast läkarkontakt på Gripen?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-en-region-total',
    class: 'plain',
    turns: [
      {
        text: 'how many RUB 5 patients are there in the whole region?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-rub-niva-4-berga-december',
    class: 'plain',
    turns: [
      {
        text: 'RUB-nivå 4 på Berga i december 2022',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-berga',
          level: 4,
          period: '2022-12',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-distribution-flk',
    class: 'plain',
    turns: [
      {
        text: 'fördelning mellan hälsocentraler för RUB5 utan fast läkarkontakt',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-rank-home-care',
    class: 'plain',
    turns: [
      {
        text: 'rank the health centres by share of RUB 5 with ongoing home health care',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'hemsjukvard', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-trend-flk-since-aug',
    class: 'plain',
    turns: [
      {
        text: 'hur har andelen utan fast läkare förändrats sedan augusti 2022',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-en-trend-sip-gripen-range',
    class: 'plain',
    turns: [
      {
        text: 'how did the share of RUB 5 with a SIP at Gripen change between August 2022 and March 2023?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-gripen',
          measure: 'withSip',
          from: '2022-08',
          to: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'pl-mars-jamfort-med-augusti-nybro',
    class: 'plain',
    turns: [
      {
        text: 'mars 2023 jämfört med augusti 2022, andel utan fast läkarkontakt på Nybro',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-compare-gripen-kristineberg',
    class: 'plain',
    turns: [
      {
        text: 'jämför Gripen med Kristineberg',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-kristineberg'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-compare-three-vastervik',
    class: 'plain',
    turns: [
      {
        text: 'compare Esplanaden, Gamleby and Ankarsrum',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-esplanaden', 'hc-gamleby', 'hc-ankarsrum'],
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'pl-hc-i-vastervik',
    class: 'plain',
    turns: [
      {
        text: 'vilka hälsocentraler finns i Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'pl-en-municipalities',
    class: 'plain',
    turns: [
      {
        text: 'which municipalities are in the directory?',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', unitKind: 'kommun', lang: 'en' },
      },
    ],
  },
  // ---- patients and my unit
  {
    id: 'pl-patientlist-min-hc',
    class: 'plain',
    turns: [
      {
        text: 'vilka RUB5-patienter saknar fast läkare på min HC?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-patientlist-all',
    class: 'plain',
    turns: [
      {
        text: 'list RUB 5 patients at my health centre',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: false, lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-rub4-patienter-gripen',
    class: 'plain',
    turns: [
      {
        text: 'visa RUB4-patienterna på Gripen',
        expect: { kind: 'patientList', scope: 'hc-gripen', level: 4, without: false, lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-min-hc-ar-gripen',
    class: 'plain',
    turns: [
      { text: 'min HC är Gripen', expect: { kind: 'setMyUnit', unit: 'hc-gripen', lang: 'sv' } },
    ],
  },
  {
    id: 'pl-en-my-hc-is-kristineberg',
    class: 'plain',
    turns: [
      {
        text: 'my health centre is Kristineberg',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-byt-vardcentral',
    class: 'plain',
    turns: [
      {
        text: 'byt min vårdcentral till Blå Kusten',
        expect: { kind: 'setMyUnit', unit: 'hc-bla-kusten', lang: 'sv' },
      },
    ],
  },
  // ---- digests
  {
    id: 'pl-veckobrev-oskarshamn',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrev för Oskarshamn',
        expect: { kind: 'digestSubscribe', digestScope: 'area:Oskarshamn', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-preview-digest',
    class: 'plain',
    conversation: 'channel',
    turns: [
      { text: 'preview digest', locale: 'en-US', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'pl-avsluta-veckobrev',
    class: 'plain',
    conversation: 'channel',
    turns: [{ text: 'avsluta veckobrev', expect: { kind: 'digestUnsubscribe', lang: 'sv' } }],
  },
  {
    id: 'pl-en-subscriptions-here',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'which subscriptions are there in this channel?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-pausa-veckobrevet',
    class: 'plain',
    conversation: 'channel',
    turns: [{ text: 'pausa veckobrevet', expect: { kind: 'digestPause', lang: 'sv' } }],
  },
  {
    id: 'pl-en-resume-digest',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'resume the weekly digest',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-starta-veckobrevet-igen',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'starta veckobrevet igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-ta-bort-senaste-veckobrevet',
    class: 'plain',
    conversation: 'channel',
    turns: [
      { text: 'ta bort det senaste veckobrevet', expect: { kind: 'digestWithdraw', lang: 'sv' } },
    ],
  },
  {
    id: 'pl-en-withdraw-last-digest',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'withdraw the last digest you posted',
        locale: 'en-US',
        expect: { kind: 'digestWithdraw', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-en-unsubscribe',
    class: 'plain',
    conversation: 'channel',
    turns: [
      { text: 'unsubscribe', locale: 'en-US', expect: { kind: 'digestUnsubscribe', lang: 'en' } },
    ],
  },
  // ---- always
  {
    id: 'pl-hjalp',
    class: 'plain',
    turns: [{ text: 'hjälp', expect: { kind: 'help', lang: 'sv' } }],
  },
  {
    id: 'pl-en-help',
    class: 'plain',
    turns: [{ text: 'help', locale: 'en-US', expect: { kind: 'help', lang: 'en' } }],
  },
  {
    id: 'pl-hej',
    class: 'plain',
    turns: [{ text: 'hej', expect: { kind: 'greeting', lang: 'sv' } }],
  },
  {
    id: 'pl-en-hello',
    class: 'plain',
    turns: [{ text: 'hello', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } }],
  },
  {
    id: 'pl-god-morgon',
    class: 'plain',
    turns: [{ text: 'god morgon!', expect: { kind: 'greeting', lang: 'sv' } }],
  },
  {
    id: 'pl-tack',
    class: 'plain',
    turns: [{ text: 'tack', expect: { kind: 'thanks', lang: 'sv' } }],
  },
  {
    id: 'pl-en-thanks',
    class: 'plain',
    turns: [{ text: 'thanks!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } }],
  },
  // ---- off topic
  {
    id: 'pl-unknown-weather-kalmar',
    class: 'plain',
    turns: [{ text: 'hur blir vädret i Kalmar imorgon?', expect: { kind: 'unknown', lang: 'sv' } }],
  },
  {
    id: 'pl-unknown-booking-gripen',
    class: 'plain',
    turns: [
      {
        text: 'kan du boka en tid åt mig på Gripen?',
        expect: { kind: 'unknown', lang: 'sv' },
      },
    ],
  },
  {
    id: 'pl-en-unknown-joke',
    class: 'plain',
    turns: [{ text: 'tell me a joke', locale: 'en-US', expect: { kind: 'unknown', lang: 'en' } }],
  },
  {
    id: 'pl-en-unknown-lunch',
    class: 'plain',
    turns: [
      {
        text: "what's for lunch at Länssjukhuset today?",
        locale: 'en-US',
        expect: { kind: 'unknown', lang: 'en' },
      },
    ],
  },
  {
    id: 'pl-unknown-poem',
    class: 'plain',
    turns: [{ text: 'skriv en dikt om nära vård', expect: { kind: 'unknown', lang: 'sv' } }],
  },

  // ============================================================== second batch (stop 24, 2026-12-04)
  // Typed into the bot's chat as a new user would, answers read as cards, before any tuning for
  // them (the stop's engineer had read parts of the understanding code, not its tables' entries).
  {
    id: 'p2-en-oskars-their-emails',
    class: 'followUp',
    turns: [
      {
        text: 'who should I call about Oskarsgruppen?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'and their emails?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
    ],
  },
  {
    id: 'p2-hemsjukhuset-deras-nummer',
    class: 'followUp',
    turns: [
      {
        text: 'kontaktpersoner för hemsjukhuset i Borgholm',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'har de något telefonnummer?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    // Probed as "… i Kalmar" then "och i Västervik?" (both a choice of health centres): the corpus
    // takes no ambiguous scope, so that pair is a test in understand.test.ts instead.
    id: 'p2-sip-gripen-then-monsteras',
    class: 'followUp',
    turns: [
      {
        text: 'andel rub 5 patienter med SIP på Gripen',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och i Mönsterås?',
        expect: { kind: 'rubSummary', scope: 'hc-monsteras', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-gripen-then-kristineberg-da',
    class: 'followUp',
    turns: [
      {
        text: 'hur många RUB 5 saknar fast läkare på Gripen?',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'och på Kristineberg då?',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-helene-mail-then-mobile',
    class: 'followUp',
    turns: [
      {
        text: 'kan du ge mig mejladressen till Helene Svensson',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och mobilen?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-en-nurse-gripen-coordinator',
    class: 'longMessage',
    turns: [
      {
        text: 'hi, I am a nurse at Gripen. who is the coordinator for nära vård?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'p2-usk-emmaboda-asks-borgholm',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Anna och jobbar som undersköterska på Emmaboda hälsocentral. Vilket nummer har Borgholms hälsocentral?',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-ny-dsk-hogsby-allmanlakare',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, jag är ny distriktssköterska i Högsby och undrar vem som är allmänläkare på Högsby hälsocentral',
        expect: { kind: 'roleAtUnit', role: 'allmänläkare', unit: 'hc-hogsby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-na-nagon-pa-ambulansen',
    class: 'ownWords',
    turns: [
      {
        text: 'jag behöver nå någon på ambulansen',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-ambulansen-i-vastervik',
    class: 'ownWords',
    turns: [
      {
        text: 'jag behöver nå någon på ambulansen i Västervik',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-numret-kristinebergs-hc-tack',
    class: 'ownWords',
    turns: [
      {
        text: 'numret till Kristinebergs hc tack',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-kontaktuppgifter-psykiatrin',
    class: 'ownWords',
    turns: [
      {
        text: 'ge mig kontaktuppgifter till psykiatrin',
        expect: { kind: 'unitLookup', unit: 'psykiatrin', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-vilka-hc-finns-i-monsteras',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka hälsocentraler finns i Mönsterås?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Mönsterås',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p2-tack-for-hjalpen',
    class: 'ownWords',
    turns: [{ text: 'tack för hjälpen!', expect: { kind: 'thanks', lang: 'sv' } }],
  },
  {
    id: 'p2-vad-kan-du-gora',
    class: 'ownWords',
    turns: [{ text: 'vad kan du göra?', expect: { kind: 'help', lang: 'sv' } }],
  },
  {
    id: 'p2-mathias-carlson-sv',
    class: 'spelling',
    turns: [
      {
        text: 'Mathias Carlson',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-telefonnumer-ake-akeson',
    class: 'spelling',
    turns: [
      {
        text: 'telefonnumer till åke åkeson',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-mejl-helen-svenson',
    class: 'spelling',
    turns: [
      {
        text: 'mejl till helen svenson',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-telefon-kristinbergs-halsocentral',
    class: 'spelling',
    turns: [
      {
        text: 'telefon kristinbergs hälsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-sv-analytiker-on-en-client',
    class: 'language',
    turns: [
      {
        // Corrected after scoring: "samordnande arbetsgruppen" names both a unit and a group of
        // that name, and both answers show the one analyst. What this row is about: Swedish
        // on an English client.
        text: 'vem är analytiker i samordnande arbetsgruppen?',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'analytiker',
          unit: 'samordning-nara-vard',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p2-en-analyst-coordination-group',
    class: 'plain',
    turns: [
      {
        text: 'who is the analyst for the coordination group?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          within: 'samordnande-arbetsgrupp',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p2-vem-leder-karlshamnspiloten',
    class: 'plain',
    turns: [
      {
        text: 'vem leder Karlshamnspiloten?',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p2-en-phone-borgholm-health-centre',
    class: 'plain',
    turns: [
      {
        text: 'phone number for Borgholm health centre',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'p2-verksamhetschef-primarvard-vast',
    class: 'plain',
    turns: [
      {
        text: 'vem är verksamhetschef för primärvård väst?',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'blekinge-primarvard-vast',
          lang: 'sv',
        },
      },
    ],
  },
  // Third round of the same (stop 24), after the second batch's fixes and before this round's.
  {
    id: 'p3-vet-nan-basenhetschef-bla-kusten',
    class: 'ownWords',
    turns: [
      {
        text: 'vet nån vem som är basenhetschef på Blå Kusten?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'och hennes mejl?',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p3-hora-av-sig-hemsjukhuset',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska man höra av sig till angående hemsjukhuset i Borgholm',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p3-en-phonne-anna-dahl',
    class: 'spelling',
    turns: [
      {
        text: 'phonne number to Anna Dahl',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-en-coordinater-nara-vard',
    class: 'spelling',
    turns: [
      {
        text: 'who is the coordinater for nära vård',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-en-health-centr-nybro',
    class: 'spelling',
    turns: [
      {
        text: 'health centr in Nybro',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-en-berga-then-norrliden',
    class: 'followUp',
    turns: [
      {
        text: 'how many RUB 5 patients at Berga lack a regular doctor?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-berga',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and at Norrliden?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-norrliden',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p3-vilka-sjukhus-finns',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka sjukhus finns det?',
        expect: { kind: 'unitsInArea', unitKind: 'sjukhus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p3-en-which-municipalities',
    class: 'ownWords',
    turns: [
      {
        text: 'which municipalities are in the directory?',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', unitKind: 'kommun', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-emma-then-vad-jobbar-hon',
    class: 'followUp',
    turns: [
      {
        text: 'Emma Rydh',
        expect: { kind: 'personLookup', person: 'emma-rydh', lang: 'sv' },
      },
      {
        text: 'vad jobbar hon med?',
        expect: { kind: 'personLookup', person: 'emma-rydh', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p3-en-emma-then-what-does-she-do',
    class: 'followUp',
    turns: [
      {
        text: 'Emma Rydh',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', lang: 'en' },
      },
      {
        text: 'what does she work on?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-ring-mottagningen-gamleby',
    class: 'ownWords',
    turns: [
      {
        text: 'ring mottagningen på Gamleby',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p3-numret-till-vardguiden',
    class: 'ownWords',
    turns: [
      {
        text: 'numret till vårdguiden',
        expect: { kind: 'unitLookup', unit: 'vardguiden-1177', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p3-en-hultsfred-cluster-work',
    class: 'plain',
    turns: [
      {
        text: 'what does the Hultsfred cluster work on?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'focus', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-en-email-head-of-unit-kristineberg',
    class: 'plain',
    turns: [
      {
        text: 'email to the head of unit at Kristineberg',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-en-who-is-julia',
    class: 'plain',
    turns: [
      {
        text: 'who is Julia?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'julia-strom', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-en-thanks-a-lot',
    class: 'ownWords',
    turns: [
      {
        text: 'thanks a lot!',
        locale: 'en-US',
        expect: { kind: 'thanks', lang: 'en' },
      },
    ],
  },
  {
    id: 'p3-en-ring-the-clinic-in-gamleby',
    class: 'ownWords',
    turns: [
      {
        text: 'call the clinic in Gamleby',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'en' },
      },
    ],
  },
  // Fourth round (stop 24), after the third round's fixes and before this round's.
  {
    id: 'p4-hultsfred-vem-ar-med',
    class: 'plain',
    turns: [
      {
        text: 'vilka är kontaktpersoner för Hultsfredsklustret?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-en-contact-for-home-hospital',
    class: 'ownWords',
    turns: [
      {
        text: 'I need a contact for the home hospital in Borgholm',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-telefon-till-maria-svensson',
    class: 'plain',
    turns: [
      {
        text: 'kan jag få telefonnumret till Maria Svensson?',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-en-who-is-marie-then-phone',
    class: 'followUp',
    turns: [
      {
        text: 'who is Marie Ragnarsson?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'en' },
      },
      {
        text: 'does she have a mobile number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'mobile', lang: 'en' },
      },
      {
        text: 'and where does she work?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-hogsby-beroende-vad',
    class: 'plain',
    turns: [
      {
        text: 'vad handlar samverkan vid beroendeproblem i Högsby om?',
        expect: { kind: 'groupDetails', group: 'hogsby-beroende', aspect: 'focus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-en-unit-oskarshamn-hospital',
    class: 'plain',
    turns: [
      {
        text: 'Oskarshamn hospital phone',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-lanssjukhuset-vaxel',
    class: 'ownWords',
    turns: [
      {
        text: 'växeln på länssjukhuset i Kalmar',
        expect: { kind: 'unitLookup', unit: 'sjukhus-kalmar', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-kommunen-i-hultsfred',
    class: 'ownWords',
    turns: [
      {
        text: 'hur får jag tag på Hultsfreds kommun?',
        expect: { kind: 'unitLookup', unit: 'hultsfreds-kommun', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-en-sip-share-kvarnholmen',
    class: 'plain',
    turns: [
      {
        text: 'what share of RUB 5 patients at Kvarnholmen have a SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-kvarnholmen', measure: 'withSip', lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-trend-gripen-sedan-aug',
    class: 'plain',
    turns: [
      {
        text: 'hur har andelen utan fast läkare på Gripen utvecklats sedan augusti 2022?',
        expect: { kind: 'rubTrend', scope: 'hc-gripen', from: '2022-08', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-en-compare-gripen-bla-kusten',
    class: 'plain',
    turns: [
      {
        text: 'compare Gripen and Blå Kusten',
        locale: 'en-US',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-bla-kusten'], lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-hc-i-vimmerby',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det någon hälsocentral i Vimmerby?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Vimmerby',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p4-en-thank-you-so-much',
    class: 'ownWords',
    turns: [
      {
        text: 'thank you so much, that helped',
        locale: 'en-US',
        expect: { kind: 'thanks', lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-okej-tack',
    class: 'ownWords',
    turns: [
      {
        text: 'okej tack',
        expect: { kind: 'thanks', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-long-en-intro-kristineberg-head',
    class: 'longMessage',
    turns: [
      {
        text: 'Hello, my name is Sara and I work as a physiotherapist in Oskarshamn. Who is the head of unit at Kristinebergs hälsocentral?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-long-sv-intro-psykiatrin',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Olle och är kurator på Högsby hälsocentral. Jag behöver komma i kontakt med psykiatrin, hur gör jag?',
        expect: { kind: 'unitLookup', unit: 'psykiatrin', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-typo-kristinebreg',
    class: 'spelling',
    turns: [
      {
        text: 'telefon till kristinebreg',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-en-typo-emial-helene',
    class: 'spelling',
    turns: [
      {
        text: 'emial for helene svensson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p4-utan-diakritik-farjestaden',
    class: 'spelling',
    turns: [
      {
        text: 'nummer till farjestadens halsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-farjestaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p4-en-people-then-next',
    class: 'followUp',
    turns: [
      {
        text: 'list all coordinators',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', page: 1, lang: 'en' },
      },
    ],
  },
  // ===================================================================== round p5 (issue 12)
  // Written by a helper who read only the domain documents, the directory and this file's format,
  // not the cue tables nor any understanding code, and scored before any tuning.
  {
    id: 'p5-fu-julia-strom-number-then-mail',
    class: 'followUp',
    turns: [
      {
        text: 'hej, vem är Julia Ström?',
        expect: {
          kind: 'personLookup',
          person: 'julia-strom',
          lang: 'sv',
        },
      },
      {
        text: 'vad har hon för nummer',
        expect: {
          kind: 'personLookup',
          person: 'julia-strom',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'och mejlen?',
        expect: {
          kind: 'personLookup',
          person: 'julia-strom',
          field: 'email',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-fu-ake-his-mobile-en',
    class: 'followUp',
    turns: [
      {
        text: 'how do I get hold of Åke Åkesson',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          lang: 'en',
        },
      },
      {
        text: 'his mobile pls',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          field: 'mobile',
          lang: 'en',
        },
      },
      {
        text: "and what's his email",
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          field: 'email',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-fu-borgholm-vc-his-number-en',
    class: 'followUp',
    turns: [
      {
        text: "who's verksamhetschef at Borgholm health centre",
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'en',
        },
      },
      {
        text: 'got his direct number?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          field: 'phone',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-fu-home-hospital-their-focus',
    class: 'followUp',
    turns: [
      {
        text: 'who is the contact person for the home hospital in Borgholm?',
        expect: {
          kind: 'groupContacts',
          group: 'hemsjukhuset-borgholm',
          lang: 'en',
        },
      },
      {
        text: "what's the focus of their work",
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'focus',
          lang: 'en',
        },
      },
      {
        text: 'his phone number?',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          field: 'phone',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-fu-hogsby-beroende-de-hon',
    class: 'followUp',
    turns: [
      {
        text: 'vem är kontaktperson för samverkan vid beroendeproblem i Högsby',
        locale: 'en-US',
        expect: {
          kind: 'groupContacts',
          group: 'hogsby-beroende',
          lang: 'sv',
        },
      },
      {
        text: 'vilka målgrupper har de?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
      {
        text: 'vilket nr har hon?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'susanna-althini',
          field: 'phone',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-fu-gripen-then-nybro-then-sip',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 saknar fast läkarkontakt på Gripen',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och för Nybro?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'andel med SIP där då',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-fu-esplanaden-what-about-gamleby',
    class: 'followUp',
    turns: [
      {
        text: 'share of RUB 5 patients without a regular doctor at Esplanaden',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-esplanaden',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'what about Gamleby?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and how has that changed since aug 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-gamleby',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-fu-set-vimmerby-then-vi',
    class: 'followUp',
    turns: [
      {
        text: 'min hc är Vimmerby',
        expect: {
          kind: 'setMyUnit',
          unit: 'hc-vimmerby',
          lang: 'sv',
        },
      },
      {
        text: 'hur många rub 5-patienter har vi',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          lang: 'sv',
        },
      },
      {
        text: 'och hur många av dem saknar fast läkare?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'visa vilka det är',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-fu-set-monsteras-our-sip-compare-us',
    class: 'followUp',
    turns: [
      {
        text: 'set my health centre to Mönsterås',
        locale: 'en-US',
        expect: {
          kind: 'setMyUnit',
          unit: 'hc-monsteras',
          lang: 'en',
        },
      },
      {
        text: 'how many of our RUB5 patients have a SIP',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'compare us with Nybro',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-fu-patient-list-nasta-foregaende',
    class: 'followUp',
    turns: [
      {
        text: 'vilka rub5 på min hc saknar fast läkare',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          lang: 'sv',
        },
      },
      {
        text: 'nästa',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
      {
        text: 'nästa sida',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 2,
          lang: 'sv',
        },
      },
      {
        text: 'föregående',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-fu-basenhetschefs-next-page',
    class: 'followUp',
    turns: [
      {
        text: 'show me all the basenhetschefs',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          lang: 'en',
        },
      },
      {
        text: 'next page',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          page: 1,
          lang: 'en',
        },
      },
      {
        text: 'next',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          page: 2,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-fu-coordination-group-analyst-then-comms',
    class: 'followUp',
    turns: [
      {
        text: "who's the analyst in the coordination group",
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          lang: 'en',
        },
      },
      {
        text: 'his number?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'mathias-karlsson',
          field: 'phone',
          lang: 'en',
        },
      },
      {
        text: 'and the communications officer?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'kommunikatör',
          lang: 'en',
        },
      },
      {
        text: 'her email',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'emma-rydh',
          field: 'email',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-ow-vem-ska-man-ringa-hemsjukvard-vastervik',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska man ringa om man har frågor om samverkan kring hemsjukvård i Västervik?',
        expect: {
          kind: 'groupContacts',
          group: 'vastervik-esplanaden',
          lang: 'sv',
        },
      },
      {
        text: 'tack så mycket!',
        expect: {
          kind: 'thanks',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-ow-vet-nan-bec-gripen',
    class: 'ownWords',
    turns: [
      {
        text: 'vet nån vem som är bec på gripen',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-gripen',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-ow-hej-hej-finns-det-nan-analytiker',
    class: 'ownWords',
    turns: [
      {
        text: 'hej hej!',
        expect: {
          kind: 'greeting',
          lang: 'sv',
        },
      },
      {
        text: 'finns det nån analytiker man kan prata med om rub-siffrorna?',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-ow-bjorken-alone-then-tel',
    class: 'ownWords',
    turns: [
      {
        text: 'Björken',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-emmaboda',
          lang: 'sv',
        },
      },
      {
        text: 'tel?',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-emmaboda',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-ow-jamfor-tre-oskarshamn-hc',
    class: 'ownWords',
    turns: [
      {
        text: 'du, kan du jämföra Gripen med Kristineberg och Blå Kusten',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-ow-compare-stenso-vs-berga-sip',
    class: 'ownWords',
    turns: [
      {
        text: 'can u compare Stensö vs Berga on SIP share',
        expect: {
          kind: 'rubCompare',
          units: ['hc-stenso', 'hc-berga'],
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-ow-health-centres-in-vastervik-and-morbylanga',
    class: 'ownWords',
    turns: [
      {
        text: 'which health centres are there in Västervik?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and in Mörbylånga?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Mörbylånga',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'thanks a lot',
        locale: 'en-US',
        expect: {
          kind: 'thanks',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-lm-new-kurator-stenso-halsolots',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Per och började som kurator på Stensö hälsocentral i måndags. Vi har flera patienter som är väldigt ensamma och min chef nämnde att Högsby har en hälsolots. Vem kan jag kontakta om det?',
        expect: {
          kind: 'groupContacts',
          group: 'hogsby-halsolots',
          lang: 'sv',
        },
      },
      {
        text: 'vad går det ut på?',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-lm-locum-gp-gamleby-en',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm a locum GP from Norway starting at Gamleby next week and my Swedish is still pretty basic. How do I reach Gamleby health centre, phone or address?",
        locale: 'en-US',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-gamleby',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-lm-morning-jenny-ankarsrum',
    class: 'longMessage',
    turns: [
      {
        text: 'Morning! Jenny here, district nurse out in Ankarsrum 🙂',
        expect: {
          kind: 'greeting',
          lang: 'en',
        },
      },
      {
        text: 'what can you help me with?',
        expect: {
          kind: 'help',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-lm-new-manager-nybro-sip-en',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm the new unit manager at Nybro health centre. I moved here from Denmark so I'll write in English. Before our workplace meeting on Thursday I'd like to see the share of RUB 5 patients with a SIP at Nybro HC.",
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-lm-2017-article-project-manager-notfound',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag sitter och läser en gammal artikel från 2017 om patientkontrakt på ortopeden i Oskarshamn. Där nämns en projektledare som heter Ragnhild Holmberg. Har ni kontaktuppgifter till henne?',
        expect: {
          kind: 'personLookup',
          person: 'notFound',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-sp-kristinberg-bec-ragnarson-en',
    class: 'spelling',
    turns: [
      {
        text: 'whos the basenhetschef at kristinberg',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'telephone nr for Marie Ragnarson?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'marie-ragnarsson',
          field: 'phone',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-sp-ake-akesson-no-diacritics',
    class: 'spelling',
    turns: [
      {
        text: 'telefonummer till Ake Akesson',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilnr?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-sp-halsocentraler-i-vastervik',
    class: 'spelling',
    turns: [
      {
        text: 'vilka halsocentraler finns i Vastervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-sp-contcat-oskarsgrupen',
    class: 'spelling',
    turns: [
      {
        text: 'contcat person for oskarsgrupen??',
        expect: {
          kind: 'groupContacts',
          group: 'oskarshamn-cluster',
          lang: 'en',
        },
      },
      {
        text: 'waht do they work with',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-sp-monsteras-patinets-docter',
    class: 'spelling',
    turns: [
      {
        text: 'how many rub5 patinets at Monsteras lack a regular docter',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and Farjestaden',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-wf-hemsjukhusets-kontakt-borgholmsprojektets-fokus',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hemsjukhusets kontaktperson?',
        expect: {
          kind: 'groupContacts',
          group: 'hemsjukhuset-borgholm',
          lang: 'sv',
        },
      },
      {
        text: 'Borgholmsprojektets fokus',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'focus',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-wf-kristinebergs-bec-gamlebys-hc-en',
    class: 'wordFormation',
    turns: [
      {
        text: "Kristineberg's basenhetschef?",
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: "Gamleby's HC phone nr",
        locale: 'en-US',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-gamleby',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-wf-vasterviksprojektets-malgrupper',
    class: 'wordFormation',
    turns: [
      {
        text: 'Västerviksprojektets målgrupper',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
      {
        text: 'Karlshamnspilotens deltagare',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-wf-stensos-rub5-sip-andelen',
    class: 'wordFormation',
    turns: [
      {
        text: 'Stensös RUB5-patienter utan fast läkarkontakt, hur många?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'SIP-andelen där?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'återinläggningsandelen då',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-dt-oskarshamn-monday-8-then-preview',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'vi vill ha veckobrevet för Oskarshamn hit i kanalen, varje måndag kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      {
        text: 'visa hur det ser ut',
        expect: {
          kind: 'digestPreview',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-dt-gripen-kristineberg-friday-1430-en',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Kristineberg, fridays 14:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'what digests is this channel subscribed to now?',
        locale: 'en-US',
        expect: {
          kind: 'digestList',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-dt-region-thursday-halv-nio-pause-resume',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'kan vi få veckobrevet för hela regionen på torsdagar halv nio på morgonen?',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '08:30',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'pausa det tills vidare',
        locale: 'en-US',
        expect: {
          kind: 'digestPause',
          lang: 'sv',
        },
      },
      {
        text: 'kör igång veckobrevet igen',
        locale: 'en-US',
        expect: {
          kind: 'digestPause',
          resume: true,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-lang-sv-on-en-client-analytiker-mejl',
    class: 'language',
    turns: [
      {
        text: 'vem är analytiker i samordnande arbetsgruppen',
        locale: 'en-US',
        // Written as peopleByRole; the words name a unit and a group of that name, both answers
        // show the one analyst, and the earlier rounds' row expects the unit reading.
        expect: {
          kind: 'roleAtUnit',
          role: 'analytiker',
          unit: 'samordning-nara-vard',
          lang: 'sv',
        },
      },
      {
        text: 'mejl?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'mathias-karlsson',
          field: 'email',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-lang-en-on-sv-client-one-word-places',
    class: 'language',
    turns: [
      {
        text: 'how many RUB 5 patients at Emmaboda lack a regular GP?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'Vimmerby?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-vimmerby',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'Högsby',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p5-lang-sv-on-en-client-mobil-mail',
    class: 'language',
    turns: [
      {
        text: 'hej! vad är telefonnumret till Maria Alvinsson Hilberth',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobil',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'mail',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'email',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p5-lang-en-on-sv-client-karlshamnspiloten',
    class: 'language',
    turns: [
      {
        text: 'hi, who do I contact about Karlshamnspiloten?',
        expect: {
          kind: 'groupContacts',
          group: 'karlshamnspiloten',
          lang: 'en',
        },
      },
      {
        text: "what's their focus",
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'focus',
          lang: 'en',
        },
      },
    ],
  },
  // ===================================================================== round p6 (issue 12)
  // Written by a second helper under the same rules as p5, after the p5 fixes, scored before any
  // tuning on it.
  {
    id: 'p6-fu-althini-phone-mail',
    class: 'followUp',
    turns: [
      {
        text: 'who is Susanna Althini?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'susanna-althini',
          lang: 'en',
        },
      },
      {
        text: 'does she have a phone number',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'susanna-althini',
          field: 'phone',
          lang: 'en',
        },
      },
      {
        text: 'and her email?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'susanna-althini',
          field: 'email',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-gripen-kristineberg-bec-there',
    class: 'followUp',
    turns: [
      {
        text: 'how do I reach Gripen HC',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-gripen',
          lang: 'en',
        },
      },
      {
        text: 'and Kristineberg?',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: "who's the basenhetschef there?",
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-norrliden-january-berga',
    class: 'followUp',
    turns: [
      {
        text: 'hur många RUB5 saknar fast läkarkontakt på Norrliden?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-norrliden',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och i januari?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-norrliden',
          measure: 'withoutFastLakarkontakt',
          period: '2023-01',
          lang: 'sv',
        },
      },
      {
        text: 'och för Berga?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-berga',
          measure: 'withoutFastLakarkontakt',
          period: '2023-01',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-fu-farjestaden-sip-october-gamleby',
    class: 'followUp',
    turns: [
      {
        text: 'share with SIP at Färjestaden HC',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'and in October?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          measure: 'withSip',
          period: '2022-10',
          lang: 'en',
        },
      },
      {
        text: 'what about Gamleby?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          measure: 'withSip',
          period: '2022-10',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-stenso-mine-sip-readmissions-compare',
    class: 'followUp',
    turns: [
      {
        text: 'jag jobbar på Stensö, sätt den som min hälsocentral',
        expect: {
          kind: 'setMyUnit',
          unit: 'hc-stenso',
          lang: 'sv',
        },
      },
      {
        text: 'hur stor andel av våra RUB5 har SIP?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'och hur ser det ut med återinläggningar hos oss',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
      {
        text: 'jämför oss med Kvarnholmen',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-kvarnholmen'],
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-fu-nybro-patients-paging',
    class: 'followUp',
    turns: [
      {
        text: 'sätt min vc till Nybro',
        expect: {
          kind: 'setMyUnit',
          unit: 'hc-nybro',
          lang: 'sv',
        },
      },
      {
        text: 'lista RUB5-patienterna utan fast läkare hos oss',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          lang: 'sv',
        },
      },
      {
        text: 'nästa',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
      {
        text: 'nästa sida',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          page: 2,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-fu-vimmerby-patients-next-previous',
    class: 'followUp',
    turns: [
      {
        text: 'set my health centre to Vimmerby HC',
        locale: 'en-US',
        expect: {
          kind: 'setMyUnit',
          unit: 'hc-vimmerby',
          lang: 'en',
        },
      },
      {
        text: 'show me our RUB 5 patients without a regular doctor',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          lang: 'en',
        },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          page: 1,
          lang: 'en',
        },
      },
      {
        text: 'previous page pls',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          without: true,
          page: 0,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-basenhetschefer-next-page',
    class: 'followUp',
    turns: [
      {
        text: 'show me all the basenhetschefer',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          lang: 'en',
        },
      },
      {
        text: 'next page',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          page: 1,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-trend-stora-tradgardsgatan-bla-kusten-sip',
    class: 'followUp',
    turns: [
      {
        text: 'how has the share without a named GP changed at Stora Trädgårdsgatan since August?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-stora-tradgardsgatan',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and for Blå Kusten?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-bla-kusten',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and the SIP share, same period?',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-bla-kusten',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-hultsfred-cluster-focus-members-contact',
    class: 'followUp',
    turns: [
      {
        text: "what's the Hultsfred cluster working on?",
        expect: {
          kind: 'groupDetails',
          group: 'hultsfred',
          lang: 'en',
        },
      },
      {
        text: "who's in it?",
        expect: {
          kind: 'groupDetails',
          group: 'hultsfred',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'and who do I contact?',
        expect: {
          kind: 'groupContacts',
          group: 'hultsfred',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-distribution-february-readmissions',
    class: 'followUp',
    turns: [
      {
        text: 'distribution across health centres of RUB5 patients without a regular GP',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and in February?',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          period: '2023-02',
          lang: 'en',
        },
      },
      {
        text: 'same for readmissions',
        expect: {
          kind: 'rubDistribution',
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-fu-helene-mobile-mail-then-hogsby-gp',
    class: 'followUp',
    turns: [
      {
        text: 'vem är Helene Svensson?',
        expect: {
          kind: 'personLookup',
          person: 'helene-svensson',
          lang: 'sv',
        },
      },
      {
        text: 'har hon nåt mobilnummer',
        expect: {
          kind: 'personLookup',
          person: 'helene-svensson',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'och mejlen?',
        expect: {
          kind: 'personLookup',
          person: 'helene-svensson',
          field: 'email',
          lang: 'sv',
        },
      },
      {
        text: 'vem är allmänläkare på Högsby HC då',
        expect: {
          kind: 'roleAtUnit',
          role: 'allmänläkare',
          unit: 'hc-hogsby',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-ow-ringa-oskarsgruppen-tack',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska man ringa om Oskarsgruppen?',
        expect: {
          kind: 'groupContacts',
          group: 'oskarshamn-cluster',
          lang: 'sv',
        },
      },
      {
        text: 'tack snälla, toppen',
        expect: {
          kind: 'thanks',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-ow-call-addiction-project-hogsby',
    class: 'ownWords',
    turns: [
      {
        text: 'who should I call about the addiction project in Högsby?',
        expect: {
          kind: 'groupContacts',
          group: 'hogsby-beroende',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-ow-finns-det-nan-kommunikator',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det nån kommunikatör jag kan prata med om en artikel på intranätet?',
        expect: {
          kind: 'peopleByRole',
          role: 'kommunikatör',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-ow-vet-du-analytiker-then-ragnarsson-mail',
    class: 'ownWords',
    turns: [
      {
        text: 'vet du vem som jobbar som analytiker?',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          lang: 'sv',
        },
      },
      {
        text: 'jag behöver få tag på Marie Ragnarsson också, har du hennes mejl?',
        expect: {
          kind: 'personLookup',
          person: 'marie-ragnarsson',
          field: 'email',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-ow-compare-overum-gamleby',
    class: 'ownWords',
    turns: [
      {
        text: 'compare Överum and Gamleby pls',
        expect: {
          kind: 'rubCompare',
          units: ['hc-overum', 'hc-gamleby'],
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-ow-health-centres-morbylanga-cheers',
    class: 'ownWords',
    turns: [
      {
        text: 'hey! what health centres are there in Mörbylånga municipality?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Mörbylånga',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'cheers!',
        expect: {
          kind: 'thanks',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-ow-morgon-kalmar-vc-bjorken-tack',
    class: 'ownWords',
    turns: [
      {
        text: 'god morgon!',
        expect: {
          kind: 'greeting',
          lang: 'sv',
        },
      },
      {
        text: 'vilka vc finns i Kalmar kommun',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'Björken',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-emmaboda',
          lang: 'sv',
        },
      },
      {
        text: 'tack',
        expect: {
          kind: 'thanks',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-lm-new-nurse-gamleby-its-number',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Sara och har precis börjat som distriktssköterska på Gamleby hälsocentral. Jag försöker lära mig vem som är vem och hur man når olika ställen. Vad har den för telefonnummer och mejl?',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-gamleby',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-lm-new-analyst-region-trend',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a new analyst and started this week. My manager asked me to prepare a slide on RUB 5 for the steering group next month. How has the share of RUB5 patients without a fast läkarkontakt changed for the region as a whole since August 2022?",
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-lm-usk-borgholm-hemsjukhuset-contact',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är undersköterska i kommunens hemsjukvård på norra Öland. Vi ska börja jobba närmare ihop med hemsjukhuset och min chef bad mig ta reda på vem man ska ringa. Vem är kontaktperson för Hemsjukhuset Borgholm?',
        expect: {
          kind: 'groupContacts',
          group: 'hemsjukhuset-borgholm',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-lm-karlshamn-pilot-report',
    class: 'longMessage',
    turns: [
      {
        text: "Good afternoon. I'm writing a report on collaboration between home care and primary care, and a colleague mentioned the Karlshamn pilot that ran in Blekinge a while ago. What was it focused on, and who took part?",
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-lm-new-bec-monsteras-sip',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jag är basenhetschef och tog över Mönsterås hälsocentral efter sommaren, så jag håller fortfarande på att sätta mig in i siffrorna. hur många RUB 5-patienter på Mönsterås HC saknar fast läkarkontakt?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur stor andel har SIP?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-sp-phnoe-alvinson-hilbert',
    class: 'spelling',
    turns: [
      {
        text: 'phnoe nr for maria alvinson hilbert pls',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'en',
        },
      },
      {
        text: 'and her mobiel',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-sp-no-diacritics-bec-vc',
    class: 'spelling',
    turns: [
      {
        text: 'vem ar basenhetschef pa kristineberg',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-kristineberg',
          lang: 'sv',
        },
      },
      {
        text: 'och verksamhetschef pa borgholms halsocentral?',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'verksamhetschef',
          unit: 'hc-borgholm',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-sp-patinets-regualr-ankarsrum',
    class: 'spelling',
    turns: [
      {
        text: 'how many rub5 patinets lack a regualr doctor at Ankarsrums hc',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-ankarsrum',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and wiht SIP?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-ankarsrum',
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-sp-contcat-oskarsgrupen-thnx',
    class: 'spelling',
    turns: [
      {
        text: 'who do i contcat for the oskarsgrupen',
        expect: {
          kind: 'groupContacts',
          group: 'oskarshamn-cluster',
          lang: 'en',
        },
      },
      {
        text: 'thnx!',
        expect: {
          kind: 'thanks',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-sp-akeson-sussana-swapped',
    class: 'spelling',
    turns: [
      {
        text: 'telefonnumemr till Åke Åkeson',
        expect: {
          kind: 'personLookup',
          person: 'ake-akesson',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mejl till Sussana Althini',
        expect: {
          kind: 'personLookup',
          person: 'susanna-althini',
          field: 'email',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-wf-vasterviksprojektets-kontakter',
    class: 'wordFormation',
    turns: [
      {
        text: 'Västerviksprojektets kontaktpersoner?',
        expect: {
          kind: 'groupContacts',
          group: 'vastervik-esplanaden',
          lang: 'sv',
        },
      },
      {
        text: 'vad fokuserar projektet på',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-wf-nybros-emmabodas-hc',
    class: 'wordFormation',
    turns: [
      {
        text: 'nummer till Nybros hälsocentral',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-nybro',
          lang: 'sv',
        },
      },
      {
        text: 'Emmabodas vc då?',
        expect: {
          kind: 'unitLookup',
          unit: 'hc-emmaboda',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-wf-sip-akutbesok-ambulansandelen-gripen',
    class: 'wordFormation',
    turns: [
      {
        text: 'SIP-andelen på Gripens HC?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'akutbesöksandelen då',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'och ambulansandelen i november',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'ambulans',
          period: '2022-11',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-wf-bla-kustens-bec-lottorp-aterinlaggning',
    class: 'wordFormation',
    turns: [
      {
        text: 'Blå Kustens basenhetschef?',
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-bla-kusten',
          lang: 'sv',
        },
      },
      {
        text: 'återinläggningsandelen för Löttorps HC',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-lottorp',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-dt-vastervik-monday-list-unsubscribe',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe to the weekly digest for the health centres in Västervik, mondays 7:30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Västervik',
          lang: 'en',
        },
      },
      {
        text: 'what subscriptions are there in this channel?',
        expect: {
          kind: 'digestList',
          lang: 'en',
        },
      },
      {
        text: 'stop it, unsubscribe us',
        expect: {
          kind: 'digestUnsubscribe',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-dt-gripen-kristineberg-friday-pause-resume',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Kristineberg, fridays at 2pm',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'pause it for now',
        locale: 'en-US',
        expect: {
          kind: 'digestPause',
          lang: 'en',
        },
      },
      {
        text: 'ok resume the digest pls',
        locale: 'en-US',
        expect: {
          kind: 'digestPause',
          resume: true,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-dt-region-wednesday-preview-pause-sv-on-en',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev för hela regionen varje onsdag kl 9',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '09:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'visa hur veckobrevet ser ut nu',
        locale: 'en-US',
        expect: {
          kind: 'digestPreview',
          lang: 'sv',
        },
      },
      {
        text: 'pausa det en stund',
        locale: 'en-US',
        expect: {
          kind: 'digestPause',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-la-sv-on-en-planeringsenheten-mobile-tack',
    class: 'language',
    turns: [
      {
        text: 'vem är samordnare på planeringsenheten?',
        locale: 'en-US',
        expect: {
          kind: 'roleAtUnit',
          role: 'samordnare',
          unit: 'planeringsenheten',
          lang: 'sv',
        },
      },
      {
        text: 'och hennes mobil?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'tack!',
        locale: 'en-US',
        expect: {
          kind: 'thanks',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-la-en-on-sv-halsolots-oskarsmodellen',
    class: 'language',
    turns: [
      {
        text: 'what is the Hälsolots project in Högsby about?',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          lang: 'en',
        },
      },
      {
        text: "and who's involved?",
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'Oskarsmodellen?',
        expect: {
          kind: 'groupDetails',
          group: 'oskarsmodellen',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p6-la-sv-on-en-help-kvarnholmen',
    class: 'language',
    turns: [
      {
        text: 'hej! vad kan jag fråga dig om?',
        locale: 'en-US',
        expect: {
          kind: 'help',
          lang: 'sv',
        },
      },
      {
        text: 'RUB5 på Kvarnholmen',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p6-la-en-on-sv-emmaboda-one-word-followups',
    class: 'language',
    turns: [
      {
        text: 'RUB 5 summary for Emmaboda please',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          lang: 'en',
        },
      },
      {
        text: 'Nybro?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          lang: 'en',
        },
      },
      {
        text: 'Vimmerby?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-vimmerby',
          lang: 'en',
        },
      },
    ],
  },
  // ===================================================================== round p7 (issue 12)
  // Two helpers under the same rules as p5, after the p6 fixes, at the same time and blind to each
  // other: p7 staff looking up contacts (79.6 % before tuning), p8 managers and coordinators (72.6 %).
  {
    id: 'p7-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej, behöver nå susanna althini på högsby hc, har du hennes nummer',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'phone' },
      },
      {
        text: 'och mejlen?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'email' },
      },
      {
        text: 'mobil då',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p7-02',
    class: 'followUp',
    turns: [
      {
        text: 'who is the contact person for hemsjukhuset in borgholm',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'whats his phone number',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'does he have a mobile too?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p7-03',
    class: 'followUp',
    turns: [
      {
        text: 'vem är basenhetschef på gripen',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-gripen' },
      },
      {
        text: 'och för nybro?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-nybro' },
      },
      {
        text: 'mörlunda?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-morlunda' },
      },
    ],
  },
  {
    id: 'p7-04',
    class: 'followUp',
    turns: [
      {
        text: 'lista alla basenhetschefer',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'basenhetschef' },
      },
      {
        text: 'nästa',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'basenhetschef', page: 1 },
      },
      {
        text: 'nästa',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'basenhetschef', page: 2 },
      },
      {
        text: 'föregående',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'basenhetschef', page: 1 },
      },
    ],
  },
  {
    id: 'p7-05',
    class: 'followUp',
    turns: [
      {
        text: 'can you list all basenhetschefer in the region',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'basenhetschef' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'basenhetschef', page: 1 },
      },
    ],
  },
  {
    id: 'p7-06',
    class: 'followUp',
    turns: [
      {
        text: 'vilka är kontaktpersoner för oskarsgruppen',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'vad jobbar dom med',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'oskarshamn-cluster', aspect: 'focus' },
      },
      {
        text: 'vilka är med i den då',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
        },
      },
      {
        text: 'och för hultsfred?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred' },
      },
    ],
  },
  {
    id: 'p7-07',
    class: 'followUp',
    turns: [
      {
        text: 'can you find Mathias Karlsson for me',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson' },
      },
      {
        text: 'email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson', field: 'email' },
      },
      {
        text: 'and where does he work',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson' },
      },
    ],
  },
  {
    id: 'p7-08',
    class: 'followUp',
    turns: [
      {
        text: 'har du numret till maria?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
      },
      {
        text: 'den på planeringsenheten',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'mobilen också',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
    ],
  },
  {
    id: 'p7-09',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 utan fast läkarkontakt har gripen',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          level: 5,
        },
      },
      {
        text: 'och kristineberg',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          level: 5,
        },
      },
      {
        text: 'jämför dom två',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'withoutFastLakarkontakt',
          level: 5,
        },
      },
    ],
  },
  {
    id: 'p7-10',
    class: 'followUp',
    turns: [
      {
        text: 'which of our rub5 patients are missing a fast läkare',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true, level: 5 },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'mine',
          without: true,
          level: 5,
          page: 1,
        },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'mine',
          without: true,
          level: 5,
          page: 2,
        },
      },
    ],
  },
  {
    id: 'p7-11',
    class: 'plain',
    turns: [
      {
        text: 'phone number for the emergency department in västervik',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'sjukhus-vastervik' },
      },
      {
        text: 'and oskarshamn?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'sjukhus-oskarshamn' },
      },
    ],
  },
  {
    id: 'p7-12',
    class: 'followUp',
    turns: [
      {
        text: 'vem är kontakt för alkoholsamverkan i högsby',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'har hon nåt telefonnr',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'phone' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p7-13',
    class: 'followUp',
    turns: [
      {
        text: 'what does karlshamnspiloten focus on',
        expect: { kind: 'groupDetails', lang: 'en', group: 'karlshamnspiloten', aspect: 'focus' },
      },
      {
        text: "who's involved",
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
      {
        text: 'and the target group?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'karlshamnspiloten',
          aspect: 'targetGroups',
        },
      },
    ],
  },
  {
    id: 'p7-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'borgholmsprojektets kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'åkessons nummer',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p7-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'oskarshamnsklustrets kontaktpersoner',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'anna dahls mejladress',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'email' },
      },
    ],
  },
  {
    id: 'p7-16',
    class: 'wordFormation',
    turns: [
      {
        text: 'kristinebergs basenhetschef',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'och blåkustens',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
    ],
  },
  {
    id: 'p7-17',
    class: 'wordFormation',
    turns: [
      {
        text: 'hemsjukhusets målgrupp',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'targetGroups',
        },
      },
      {
        text: 'och hälsolotsens deltagare?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hogsby-halsolots',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p7-18',
    class: 'wordFormation',
    turns: [
      {
        text: 'vimmerbypsykiatrins telefonnummer',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
      { text: 'ambulansens då', expect: { kind: 'unitLookup', lang: 'sv', unit: 'ambulans' } },
    ],
  },
  {
    id: 'p7-19',
    class: 'wordFormation',
    turns: [
      {
        text: 'esplanadens hc phone number please',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-esplanaden' },
      },
      {
        text: 'and stora trädgårdsgatans?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-stora-tradgardsgatan' },
      },
      {
        text: 'and torsås hc?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'notFound' },
      },
    ],
  },
  {
    id: 'p7-20',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska man ringa om man har en patient i kommunala hemsjukvården i borgholm som behöver läkarbesök hemma, det där hemsjukhuset?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      { text: 'ok tack så mycket', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p7-21',
    class: 'ownWords',
    turns: [
      {
        text: 'vet nån vem som är chef på blå kusten',
        expect: { kind: 'roleAtUnit', lang: 'sv', unit: 'hc-bla-kusten' },
      },
      { text: 'och på gripen då', expect: { kind: 'roleAtUnit', lang: 'sv', unit: 'hc-gripen' } },
    ],
  },
  {
    id: 'p7-22',
    class: 'ownWords',
    conversation: 'groupChat',
    turns: [
      {
        text: 'hey quick q, who do i call about the oskarshamn cluster thing',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'oskarshamn-cluster' },
      },
      { text: 'cheers', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p7-23',
    class: 'ownWords',
    turns: [
      {
        text: 'kan du kolla numret till gripens vc åt mig',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gripen' },
      },
      { text: 'toppen tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p7-24',
    class: 'ownWords',
    turns: [
      { text: 'god morgon!', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'har du svenssons nummer',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
      },
      {
        text: 'helene',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p7-25',
    class: 'ownWords',
    turns: [
      {
        text: 'hi! is there anyone i can talk to about social prescribing in högsby',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hogsby-halsolots' },
      },
    ],
  },
  {
    id: 'p7-26',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena Bergqvist och jobbar som sjuksköterska i hemsjukvården i Oskarshamns kommun sen en månad tillbaka. Vi har en del gemensamma patienter med hälsocentralerna och jag vill gärna veta vilka som driver samverkan. Vem är kontaktperson för Oskarsgruppen?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'och vad har de för fokus?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'oskarshamn-cluster', aspect: 'focus' },
      },
    ],
  },
  {
    id: 'p7-27',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm Sara, I work as a paramedic in the ambulance service up north in the county. We get a lot of calls about elderly patients in home care in Borgholm and I heard about the Borgholm project where we can offer them a doctor's visit at home the next weekday instead of driving them in. Who should I contact about that?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'thanks, and his number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p7-28',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, Anna Dahl här, basenhetschef på Blå Kusten. vi ska ha möte med psykiatrin och ambulansen nästa vecka om våra mångbesökare och jag behöver bjuda in rätt folk från Gripen också. vem är basenhetschef där?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-gripen' },
      },
      {
        text: 'och på kristineberg',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
    ],
  },
  {
    id: 'p7-29',
    class: 'longMessage',
    turns: [
      {
        text: 'Hejsan. Jag är distriktssköterska i Hultsfreds kommun och har fått i uppdrag av min chef att samla telefonnummer till alla vi samarbetar med inom nära vård, det blir så lätt envägskommunikation med mejl. Jag börjar med Mörlunda hälsocentral, vad har de för nummer?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-morlunda' },
      },
      {
        text: 'och öppenvårdspsykiatrin i vimmerby',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
      { text: '1177 också', expect: { kind: 'unitLookup', lang: 'sv', unit: 'vardguiden-1177' } },
    ],
  },
  {
    id: 'p7-30',
    class: 'longMessage',
    turns: [
      {
        text: "Good afternoon, I'm the new basenhetschef at Esplanaden and I'm trying to get an overview before our workplace meeting on thursday. How has the share of RUB 5 patients without fast läkarkontakt changed at Esplanaden between August 2022 and March 2023?",
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          scope: 'hc-esplanaden',
          measure: 'withoutFastLakarkontakt',
          level: 5,
          from: '2022-08',
          to: '2023-03',
        },
      },
      {
        text: 'ok. and how many of them have a SIP right now?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-esplanaden',
          measure: 'withSip',
          level: 5,
        },
      },
    ],
  },
  {
    id: 'p7-31',
    class: 'spelling',
    turns: [
      {
        text: 'telefon nr till ake akeson',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'hans mejl',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'email' },
      },
    ],
  },
  {
    id: 'p7-32',
    class: 'spelling',
    turns: [
      {
        text: 'vem ar basenhetchef pa kristinberg',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
    ],
  },
  {
    id: 'p7-33',
    class: 'spelling',
    turns: [
      {
        text: 'phone numbr for mattias karlson',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson', field: 'phone' },
      },
      {
        text: 'his emial?',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p7-34',
    class: 'spelling',
    turns: [
      {
        text: 'kontakt för hogsby alkohol projektet',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'susane althinis mobil',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p7-35',
    class: 'spelling',
    turns: [
      {
        text: 'mejl till helen svensson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'email' },
      },
      {
        text: 'och ragnhild holmberg?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'email' },
      },
    ],
  },
  {
    id: 'p7-36',
    class: 'plain',
    turns: [
      {
        text: 'which health centres are there in västervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'number for gamleby',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
    ],
  },
  {
    id: 'p7-37',
    class: 'language',
    turns: [
      {
        text: 'vem är verksamhetschef på borgholms hälsocentral',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'nr?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'mobil?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p7-38',
    class: 'language',
    turns: [
      { text: 'hej', locale: 'en-US', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'behöver kontakta någon i samordnande arbetsgruppen för nära vård, vilka finns där',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'samordnande-arbetsgrupp' },
      },
      {
        text: 'julia ström mejl',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'email' },
      },
    ],
  },
  {
    id: 'p7-39',
    class: 'language',
    turns: [
      {
        text: "hi, sorry my swedish isnt great - what's the number for Nybro health centre?",
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-nybro' },
      },
      { text: 'thanks!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p7-40',
    class: 'language',
    turns: [
      {
        text: 'min hc är stensö',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-stenso' },
      },
      {
        text: 'hur många rub5 saknar fast läkare hos oss',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          level: 5,
        },
      },
      {
        text: 'visa listan',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, level: 5 },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'sv',
          scope: 'mine',
          without: true,
          level: 5,
          page: 1,
        },
      },
    ],
  },
  // ===================================================================== round p8 (issue 12)
  {
    id: 'p8-01',
    class: 'followUp',
    turns: [
      {
        text: 'jag jobbar på gripen',
        expect: { kind: 'setMyUnit', unit: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'hur många av våra rub5 saknar fast läkarkontakt',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och för nybro?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'hur var det i december då',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p8-02',
    class: 'followUp',
    turns: [
      {
        text: 'whats the share of rub 5 patients with a sip at kristineberg',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'how about gamleby?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gamleby', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'and level 4?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          measure: 'withSip',
          level: 4,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p8-03',
    class: 'followUp',
    turns: [
      {
        text: 'visa våra rub5 patienter som inte har nån fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
      {
        text: 'föregående',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-04',
    class: 'followUp',
    turns: [
      {
        text: 'list the rub5 patients at esplanaden who dont have a regular doctor',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-esplanaden', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-esplanaden', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-esplanaden', without: true, page: 2, lang: 'en' },
      },
    ],
  },
  {
    id: 'p8-05',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen utan fl förändrats hos oss sen augusti',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och i hela regionen?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'samma sak fast för sip',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'region',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p8-06',
    class: 'followUp',
    turns: [
      {
        text: 'compare gripen and blå kusten on rub5 patients without fast läkarkontakt',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'add kristineberg too',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-bla-kusten', 'hc-kristineberg'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'what did it look like in january',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-bla-kusten', 'hc-kristineberg'],
          measure: 'withoutFastLakarkontakt',
          period: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p8-07',
    class: 'followUp',
    turns: [
      {
        text: 'vem är bec på kristineberg',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'hur når jag henne',
        expect: { kind: 'personLookup', person: 'helene-svensson', lang: 'sv' },
      },
      {
        text: 'mailadressen?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-08',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres have the most rub5 patients without a named gp',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      {
        text: 'and for rub 4',
        locale: 'en-US',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          lang: 'en',
        },
      },
      {
        text: 'same thing but for october',
        locale: 'en-US',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          period: '2022-10',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p8-09',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för oskarshamn',
        expect: { kind: 'digestSubscribe', digestScope: 'area:Oskarshamn', lang: 'sv' },
      },
      { text: 'vilka prenumerationer har kanalen nu', expect: { kind: 'digestList', lang: 'sv' } },
      { text: 'kan du visa hur brevet ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p8-10',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'pause the weekly digest for this channel',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'actually turn it back on',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
      {
        text: 'show me what this weeks digest looks like',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p8-11',
    class: 'followUp',
    turns: [
      {
        text: 'min vc är stensö',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-stenso', lang: 'sv' },
      },
      {
        text: 'hur många rub 5 har vi totalt',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'patients', lang: 'sv' },
      },
      {
        text: 'hur många av dem har varit på akuten',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'akutbesok', lang: 'sv' },
      },
      {
        text: 'och hemsjukvård?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'hemsjukvard', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-12',
    class: 'followUp',
    turns: [
      {
        text: 'i work at hultsfred hc',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-hultsfred', lang: 'en' },
      },
      {
        text: 'how do we compare to mörlunda on sip',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-morlunda'],
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'what about us vs vimmerby',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-vimmerby'],
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p8-13',
    class: 'followUp',
    turns: [
      {
        text: 'vilka är kontaktpersoner för hemsjukhuset i borgholm',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vad har han för telefonnummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-14',
    class: 'followUp',
    turns: [
      {
        text: 'how has the share without a regular gp changed at vimmerby since september',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-vimmerby',
          from: '2022-09',
          lang: 'en',
        },
      },
      {
        text: 'and for us',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-09',
          lang: 'en',
        },
      },
      {
        text: 'only up to january please',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-09',
          to: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p8-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'antalet rub5-patienter utan fastläkarkontakt på nybros hälsocentral',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och sip-andelen där',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-16',
    class: 'wordFormation',
    turns: [
      {
        text: 'hälsocentralsfördelningen för sip bland rub 5',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och ambulansåkningarna?',
        expect: { kind: 'rubDistribution', measure: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-17',
    class: 'wordFormation',
    turns: [
      {
        text: "rub-5 trendline for patients lacking fast läkarkontakt at borgholm's hc, aug to feb",
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-borgholm',
          from: '2022-08',
          to: '2023-02',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p8-18',
    class: 'wordFormation',
    conversation: 'channel',
    turns: [
      {
        text: 'visa kanalens veckobrevsprenumerationer',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'avprenumerera kanalen från veckobrevet',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-19',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av mina gamlingar på rub 5 har ingen egen doktor',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      { text: 'tack, toppen', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p8-20',
    class: 'ownWords',
    turns: [
      {
        text: 'who are the rub5 folks at our place that dont have a doctor of their own',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      { text: 'cheers', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p8-21',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'vi vill inte ha veckobrevet här längre, ta bort det',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
      { text: 'finns det nåt kvar som postas hit', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p8-22',
    class: 'ownWords',
    turns: [
      {
        text: 'who do i bug about the oskarshamn cluster stuff',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      { text: 'thx a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p8-23',
    class: 'ownWords',
    turns: [
      {
        text: 'har våra rub5:or nån sip eller hur ser det ut, hur många procent liksom',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-24',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jag heter lena och har precis börjat som basenhetschef, vi är en mellanstor hc på landsbygden med väldigt många äldre. på apt igår pratade vi mycket om nära vård och att vi måste hitta våra mest komplexa patienter, marie ragnarsson var med och berättade om omställningen. så min fråga är: vilka av våra rub 5-patienter saknar fast läkarkontakt?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-25',
    class: 'longMessage',
    turns: [
      {
        text: "hi, I'm the new unit manager at Färjestaden, started in january. we had a big meeting with the municipality last week about home care and someone said our numbers on fast läkarkontakt look bad compared to the others. before I bring it up with my team I want to see the facts: how has the share of rub5 without a named doctor developed at färjestaden since august?",
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-farjestaden',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p8-26',
    class: 'longMessage',
    turns: [
      {
        text: 'hejsan, jag är verksamhetschef och har ansvar för två enheter på norra öland. vi förbereder ett möte med kommunen om hemsjukhuset nästa vecka och jag behöver lite underlag innan dess, politikerna kommer också. kan du jämföra borgholm och löttorp när det gäller rub5 med pågående hemsjukvård?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-borgholm', 'hc-lottorp'],
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p8-27',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hello! Quick intro, I coordinate the nära vård work in the Västervik area and this channel has the managers from Esplanaden, Gamleby and Stora Trädgårdsgatan in it. We meet on Tuesdays so it would be great if the digest arrived the day before. Can you set up a weekly digest for those three health centres, Mondays at 3 pm?',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '15:00',
          digestScope: 'units:hc-esplanaden,hc-gamleby,hc-stora-tradgardsgatan',
          lang: 'en',
        },
      },
      {
        text: 'and pls show a preview',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p8-28',
    class: 'spelling',
    turns: [
      {
        text: 'hur manga rub5 patienter saknar fast lakarkontakt pa kristinebrg',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och pa gripen da',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p8-29',
    class: 'spelling',
    turns: [
      {
        text: 'pateint list for rub 5 with out a reguler doctor at hogsby',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-hogsby', without: true, lang: 'en' },
      },
      {
        text: 'nxt page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-hogsby', without: true, page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p8-30',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerea på veckbrevet for hela regionen på fredgar kl 9',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '09:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      { text: 'och visa hur det blir', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p8-31',
    class: 'spelling',
    turns: [
      {
        text: 'telfonnummer till svenson',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
      {
        text: 'helene',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-32',
    class: 'spelling',
    turns: [
      {
        text: 'distrubution of sip shares acros health centers rub5',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'en' },
      },
      { text: 'thnaks!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p8-33',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'starta ett veckobrev för mönsterås hc och högsby hc varje torsdag 07.30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '07:30',
          digestScope: 'units:hc-monsteras,hc-hogsby',
          lang: 'sv',
        },
      },
      { text: 'förhandsgranska', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p8-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the digest for the health centres in kalmar kommun, wednesdays 8:15',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '08:15',
          digestScope: 'area:Kalmar',
          lang: 'en',
        },
      },
      {
        text: 'list our subscriptions',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p8-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev för västervik på tisdagar klockan 13',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '13:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'pausa det ett tag', locale: 'en-US', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'nu kan ni köra igång det igen',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'weekly digest for gripen only, every friday at 10 am please',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '10:00',
          digestScope: 'units:hc-gripen',
          lang: 'en',
        },
      },
      {
        text: 'what does it look like',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p8-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'lägg upp veckobrev för nybro hc och emmaboda hc, måndagar kl 08',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'units:hc-nybro,hc-emmaboda',
          lang: 'sv',
        },
      },
      { text: 'vilka veckobrev har kanalen nu', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p8-38',
    class: 'language',
    turns: [
      {
        text: 'vilka hälsocentraler finns det i oskarshamn',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'vad är numret till gripen',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'sorry, can you answer in english from now on? is there an analyst i can talk to about the rub data',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
    ],
  },
  {
    id: 'p8-39',
    class: 'language',
    turns: [
      {
        text: 'can you show the rub 5 summary for the whole region',
        expect: { kind: 'rubSummary', scope: 'region', lang: 'en' },
      },
      {
        text: 'på svenska tack, samma för berga',
        expect: { kind: 'rubSummary', scope: 'hc-berga', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p8-40',
    class: 'plain',
    turns: [
      {
        text: 'email address for ragnhild holmberg',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'en' },
      },
      {
        text: 'phone number for lindsdal health centre',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'en' },
      },
      {
        text: 'who is the verksamhetschef at borgholm health centre',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'en' },
      },
    ],
  },
  // ===================================================================== round p9 (issue 12)
  // A helper under the same rules, a week of mixed use, after the p7/p8 fixes: 75.8 % before tuning.
  {
    id: 'p9-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej vem är kontaktperson för hemsjukhuset på öland',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'har han nåt direktnummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-02',
    class: 'followUp',
    turns: [
      {
        text: 'who is the contact person for the alcohol and addiction work in Högsby',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      {
        text: 'tell me a bit more about her',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'en' },
      },
      {
        text: 'does she have a phone number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-03',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 saknar fast läkarkontakt på kristineberg',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och för gripen?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och nivå 4?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p9-04',
    class: 'followUp',
    turns: [
      {
        text: 'how many rub 5 patients at esplanaden have a SIP',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-esplanaden', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'what about Gamleby?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gamleby', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'and in january?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          measure: 'withSip',
          period: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p9-05',
    class: 'followUp',
    turns: [
      {
        text: 'jag jobbar på mönsterås hc',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'sv' },
      },
      {
        text: 'visa våra rub5 som inte har nån fast läkare',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-06',
    class: 'followUp',
    turns: [
      {
        text: 'list every basenhetschef in the region please',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-07',
    class: 'followUp',
    turns: [
      { text: 'vem är maria', expect: { kind: 'personLookup', person: 'ambiguous', lang: 'sv' } },
      {
        text: 'maria svensson alltså, utvecklingsledaren',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'sv' },
      },
      {
        text: 'vad har hon för telefonnummer',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'hennes mejl?',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-08',
    class: 'followUp',
    turns: [
      {
        text: 'what is the västervik home care collaboration focusing on',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'en',
        },
      },
      {
        text: 'who takes part in it',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'do they have a contact person',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-09',
    class: 'followUp',
    turns: [
      {
        text: 'nr till maria alvinsson hilberth',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-alvinsson-hilberth', lang: 'sv' },
      },
      {
        text: 'mobil?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p9-10',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen rub5 utan fast läkare utvecklats i hela regionen sen augusti',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och för stensö?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-stenso',
          from: '2022-08',
          lang: 'sv',
        },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p9-11',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are there in Västervik',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and in Kalmar?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'phone number for Berga',
        expect: { kind: 'unitLookup', unit: 'hc-berga', lang: 'en' },
      },
      { text: 'and Rinkabyholm?', expect: { kind: 'unitLookup', unit: 'notFound', lang: 'en' } },
    ],
  },
  {
    id: 'p9-12',
    class: 'followUp',
    turns: [
      {
        text: 'compare gripen and kristineberg on rub 5',
        locale: 'en-US',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-kristineberg'], lang: 'en' },
      },
      {
        text: 'add blå kusten as well',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          lang: 'en',
        },
      },
      {
        text: 'only readmissions',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p9-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'telefonnummer till nybrohälsocentralen',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'sv' },
      },
      {
        text: 'finns det fler hc:n i nybro kommun',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p9-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'borgholmsprojektets kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vad går det ut på då',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem är gripens chef',
        expect: { kind: 'roleAtUnit', unit: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'och kristinebergs basenhetschef',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'vem är niklas föghner',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-16',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka är högsbyklustrets målgrupper',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
      {
        text: 'och karlshamnspilotens deltagare',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p9-17',
    class: 'wordFormation',
    turns: [
      {
        text: 'rub5-siffrorna för mörlundahälsocentralen',
        expect: { kind: 'rubSummary', scope: 'hc-morlunda', lang: 'sv' },
      },
      {
        text: 'samma för hultsfredshälsocentralen',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-18',
    class: 'ownWords',
    turns: [
      {
        text: 'vem fan ska man ringa om oskarsgruppen, har suttit i telefon hela förmiddan',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      { text: 'tack snälla du', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p9-19',
    class: 'ownWords',
    turns: [
      { text: 'tjenare', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'vet nån vem man kan snacka med i samordningsgruppen för nära vård',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-20',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'orkar ingen läsa veckobrevet längre, kan vi stänga av det för gott i den här kanalen',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
      {
        text: 'nä förresten, pausa det bara tills vidare',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-21',
    class: 'ownWords',
    turns: [
      {
        text: 'min hc är stora trädgårdsgatan',
        expect: { kind: 'setMyUnit', unit: 'hc-stora-tradgardsgatan', lang: 'sv' },
      },
      {
        text: 'hur ligger vi till med sip:arna egentligen',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'kan du kolla hur många av våra som har åkt ambulans',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och i januari?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'ambulans',
          period: '2023-01',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p9-22',
    class: 'ownWords',
    turns: [
      {
        text: "hey quick q, who's the boss at borgholm health centre",
        expect: { kind: 'roleAtUnit', unit: 'hc-borgholm', lang: 'en' },
      },
      { text: 'cheers', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p9-23',
    class: 'ownWords',
    turns: [
      {
        text: 'which hcs have the most rub5 folks without a regular gp',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      {
        text: 'same but for sips',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-24',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och jobbar som distriktssköterska i hemsjukvården i Borgholms kommun. Vi har en äldre dam som blivit sämre och vi vill helst slippa skicka in henne till akuten, och jag har hört att hc har nåt samarbete som heter hemsjukhuset där läkaren kan komma hem. vem ska jag kontakta om det',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'har han nåt nummer jag kan ringa',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-25',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, ulrika här, ny basenhetschef på färjestadens hc sen i måndags. hur många rub5-patienter har vi som saknar fast läkarkontakt, behöver siffran till apt på torsdag. har inte fått nån överlämning alls så allt är nytt för mig',
        expect: { kind: 'rubSummary', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'och hur många av dem har sip',
        expect: { kind: 'rubSummary', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-26',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a nurse on the medical ward at Västervik hospital. We're about to discharge a frail elderly man who lives in Gamleby and his daughter is worried about who will follow up at home. A colleague said the health centres here run a joint home care project with the municipality. Who do I get in touch with about that",
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'en' },
      },
      {
        text: 'ok, then just give me the number for Gamleby health centre',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-27',
    class: 'longMessage',
    turns: [
      {
        text: 'hej jag är biståndshandläggare i hultsfreds kommun och vi har flera brukare som ringer ambulans flera gånger i veckan, vi skulle behöva samarbeta bättre med hälsocentralen här. jag har förstått att det finns en klustersatsning i hultsfred och undrar vad den går ut på',
        expect: { kind: 'groupDetails', group: 'hultsfred', lang: 'sv' },
      },
      {
        text: 'vilka är med i den',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-28',
    class: 'longMessage',
    turns: [
      {
        text: 'Hello, I work at the outpatient psychiatry clinic in Vimmerby. Apparently we are part of the Hultsfred project but nobody on my team knows who the nära vård coordinator at the region is. Could you tell me who that is and how to reach them?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-29',
    class: 'spelling',
    turns: [
      {
        text: 'telefon till helen svenson',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'vilka fler basenhetschefer finns i oskarhamnsklustret',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p9-30',
    class: 'spelling',
    turns: [
      {
        text: 'phone nr for mattias karlson',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'phone', lang: 'en' },
      },
      {
        text: 'and his mobile?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'mobile', lang: 'en' },
      },
      {
        text: 'also ragnhild holmberg, she ran the patient contract project',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-31',
    class: 'spelling',
    turns: [
      {
        text: 'hur manga rub5 pa bla kusten har besokt akuten',
        expect: { kind: 'rubSummary', scope: 'hc-bla-kusten', measure: 'akutbesok', lang: 'sv' },
      },
      {
        text: 'och aterinlaggningar da',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-bla-kusten',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p9-32',
    class: 'spelling',
    turns: [
      {
        text: 'who is teh head of operations at borgholm helth centre',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: 'and at lottorp?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-lottorp', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-33',
    class: 'spelling',
    turns: [
      {
        text: 'show me teh trend for readmisions at vimerby since octobr',
        expect: {
          kind: 'rubTrend',
          measure: 'aterinlaggning',
          scope: 'hc-vimmerby',
          from: '2022-10',
          lang: 'en',
        },
      },
      {
        text: 'and for monsteras',
        expect: {
          kind: 'rubTrend',
          measure: 'aterinlaggning',
          scope: 'hc-monsteras',
          from: '2022-10',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p9-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'kan kanalen få veckobrevet för oskarshamn varje måndag kl 8',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      {
        text: 'Spara',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      {
        text: 'vad har vi för prenumerationer i kanalen nu',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Kristineberg, thursdays at 2pm',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'can we see a preview first',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'vi vill ha veckobrevet för hela regionen på fredagar halv tio',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '09:30',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      { text: 'pausa det under semestern', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'sätt igång veckobrevet igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'weekly digest for västervik please, every tuesday 07:45',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '07:45',
          digestScope: 'area:Västervik',
          lang: 'en',
        },
      },
      {
        text: 'list the subscriptions in this channel',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p9-38',
    class: 'language',
    turns: [
      {
        text: "who's the communications officer in the coordination group",
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'en' },
      },
      {
        text: 'och hennes nummer?',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-39',
    class: 'language',
    turns: [
      {
        text: 'hej! vad kan du hjälpa mig med',
        locale: 'en-US',
        expect: { kind: 'help', lang: 'sv' },
      },
      {
        text: 'sätt min hälsocentral till emmaboda',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-emmaboda', lang: 'sv' },
      },
      {
        text: 'hur många av våra rub5 har pågående hemsjukvård',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'hemsjukvard', lang: 'sv' },
      },
      {
        text: 'jämför oss med nybro',
        locale: 'en-US',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-nybro'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'p9-40',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'preview the weekly digest',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
      {
        text: 'unsubscribe this channel from it',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  // ==================================================================== round p10 (issue 12)
  // A helper under the same rules, a first month of use, after the p9 fixes: 69.5 % before tuning.
  {
    id: 'p10-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej, vem är kontaktperson för hemsjukhuset i borgholm?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vad har han för telnr',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl då?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      { text: 'tack så mkt', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p10-02',
    class: 'followUp',
    turns: [
      {
        text: 'who do i contact about the oskarshamn cluster',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'whats anna dahls email',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'en' },
      },
      {
        text: 'same for the other one pls',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-03',
    class: 'spelling',
    turns: [
      {
        text: 'telfonnumer till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'o mobilen?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p10-04',
    class: 'followUp',
    turns: [
      {
        text: 'kan du lista alla hc i västervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i oskarshamn?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'nr till bla kusten',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-bla-kusten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-05',
    class: 'followUp',
    turns: [
      {
        text: 'jag jobbar på mönsterås hc btw',
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'sv' },
      },
      {
        text: 'hur många rub5 har vi som saknar fast läkare',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'vilka är det?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-06',
    class: 'ownWords',
    turns: [
      {
        text: "who's on the regional team that coordinates the nära vård work? want to get in touch with them",
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'en' },
      },
      {
        text: 'which one of them is the analyst',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'ok, his email please',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-07',
    class: 'spelling',
    turns: [
      {
        text: 'vem ä basenhetsef på blå kusten',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'å på gripen',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-08',
    class: 'wordFormation',
    turns: [
      {
        text: 'Oskarsgruppens kontaktpersoner?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'vad fokuserar klustret på',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'sv' },
      },
      {
        text: 'och målgrupperna?',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p10-09',
    class: 'followUp',
    turns: [
      {
        text: 'how many rub 5 patients does Nybro have',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', measure: 'patients', lang: 'en' },
      },
      {
        text: 'and emmaboda?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-emmaboda', measure: 'patients', lang: 'en' },
      },
      {
        text: 'and level 4?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          level: 4,
          measure: 'patients',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p10-10',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'vi vill ha veckobrevet för oskarshamn här i kanalen, varje måndag 08.00',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      {
        text: 'hur kommer det se ut? visa ett exempel',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-11',
    class: 'language',
    turns: [
      {
        text: 'vilka är med i karlshamnspiloten',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'in english please, who are the contact people for it',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-12',
    class: 'plain',
    turns: [
      { text: 'hej', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'vad kan du göra?', expect: { kind: 'help', lang: 'sv' } },
      {
        text: 'har du numret till Ragnhild Holmberg',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-13',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jag heter Karin och har precis tagit över som basenhetschef på mörlunda efter sommaren. ska ha apt nästa vecka om våra mest komplexa patienter och min chef bad mig kolla hur många av rub5-patienterna på mörlunda som har besökt akuten. går det att få fram här',
        expect: { kind: 'rubSummary', scope: 'hc-morlunda', measure: 'akutbesok', lang: 'sv' },
      },
      {
        text: 'och hur många har åkt ambulans',
        expect: { kind: 'rubSummary', scope: 'hc-morlunda', measure: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-14',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a physiotherapist with the rehab team in Västervik, started two weeks ago. Trying to understand who works with home care patients between primary care, the hospital and the municipality here, someone mentioned a project at Esplanaden. who would I talk to about that",
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'en' },
      },
      {
        text: 'ok so who takes part in it then',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: "what's the number for the Esplanaden health centre itself",
        expect: { kind: 'unitLookup', unit: 'hc-esplanaden', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-15',
    class: 'followUp',
    turns: [
      {
        text: 'rub5 kristineberg, hur många procent har en sip',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och i december?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'withSip',
          period: '2022-12',
          lang: 'sv',
        },
      },
      {
        text: 'hur har det utvecklats sen augusti',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-kristineberg',
          measure: 'withSip',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p10-16',
    class: 'spelling',
    turns: [
      {
        text: 'whos verksamhetschef at borgolm halsocentral',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: 'phone nr for him?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-17',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev får vi i den här kanalen',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'pausa det över jul och nyår',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      {
        text: 'sätt igång det igen nu',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-18',
    class: 'details',
    turns: [
      {
        text: 'trend in share of rub5 without a named gp at stensö from october to february',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-stenso',
          measure: 'withoutFastLakarkontakt',
          from: '2022-10',
          to: '2023-02',
          lang: 'en',
        },
      },
      {
        text: 'compare stensö with berga and norrliden',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p10-19',
    class: 'followUp',
    turns: [
      {
        text: 'email for svensson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'en' },
      },
      {
        text: 'the one at kristineberg',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-20',
    class: 'language',
    turns: [
      {
        text: 'kontaktuppgifter till maria',
        expect: { kind: 'personLookup', person: 'ambiguous', lang: 'sv' },
      },
      {
        text: 'sorry, can you answer in english? I mean the development lead',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-21',
    class: 'followUp',
    turns: [
      {
        text: 'which hcs have the most rub5 without a regular doctor',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      {
        text: 'same thing but for sip',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'and for rub 4?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withSip', level: 4, lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-22',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'set up the weekly digest here for gripen + kristineberg, fridays 13:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '13:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'which digests does this channel get now?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-23',
    class: 'wordFormation',
    turns: [
      {
        text: 'hälsocentralerna i kalmar?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'Stensös telefonnummer',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'sv' },
      },
      {
        text: 'basenhetschefen där',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-stenso', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-24',
    class: 'plain',
    turns: [
      {
        text: 'do you have contact details for Jimmy Loord?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-25',
    class: 'ownWords',
    turns: [
      {
        text: "who's the contact for the alcohol and addiction collaboration in Högsby",
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      {
        text: 'her phone?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-26',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka kommunikatörer jobbar med nära vård',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'sv' },
      },
      {
        text: 'mejladressen till henne',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-27',
    class: 'spelling',
    turns: [
      {
        text: 'vem kontaktar ja för hälsolotsn i hogsby',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-28',
    class: 'followUp',
    turns: [
      {
        text: 'vad handlar högsbyprojektet om',
        expect: { kind: 'groupDetails', group: 'ambiguous', lang: 'sv' },
      },
      {
        text: 'det om alkohol och beroende',
        expect: { kind: 'groupDetails', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vem är kontakt där',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-29',
    class: 'spelling',
    turns: [
      {
        text: 'how mnay rub5 patinets do we have with psychiatry contact',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'psykiatri', lang: 'en' },
      },
      {
        text: 'and readmisions?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'aterinlaggning', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-30',
    class: 'language',
    turns: [
      {
        text: 'my hc is färjestaden, please save that',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-farjestaden', lang: 'en' },
      },
      {
        text: 'list our rub 5 patients who dont have a fast läkare',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'nästa sida, och svara på svenska är du snäll',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'föregående',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 0, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-31',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'unsubcribe us from the weekly digset pls',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-32',
    class: 'wordFormation',
    turns: [
      {
        text: 'RUB5:orna på Blå Kustens HC, hur många har pågående hemsjukvård',
        expect: { kind: 'rubSummary', scope: 'hc-bla-kusten', measure: 'hemsjukvard', lang: 'sv' },
      },
      {
        text: 'jämfört med Gripens?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen'],
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p10-33',
    class: 'ownWords',
    turns: [
      {
        text: 'how many of the sickest patients at Ankarsrum keep bouncing back into hospital',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-ankarsrum',
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
      {
        text: 'has that gone up since september?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-ankarsrum',
          measure: 'aterinlaggning',
          from: '2022-09',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p10-34',
    class: 'details',
    turns: [
      {
        text: 'utvecklingen för rub5 utan fast läkare i hela länet, aug -22 till mars -23',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p10-35',
    class: 'followUp',
    turns: [
      {
        text: 'I work at Överum, can you remember that?',
        expect: { kind: 'setMyUnit', unit: 'hc-overum', lang: 'en' },
      },
      {
        text: 'how are we doing on patients without fast läkarkontakt',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'compare us with Gamleby',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-gamleby'], lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-36',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'can we get the weekly summary for the whole region every thursday at 9',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '09:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      { text: 'förhandsgranska den', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p10-37',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'stop posting the weekly thing in here for a while',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'actually just cancel it altogether',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p10-38',
    class: 'longMessage',
    turns: [
      {
        text: "hi! I'm the new unit manager at Vimmerby health centre, moved here from Norway in the autumn. we are preparing for the regional follow-up meeting and I need the share of RUB 5 patients with a SIP at Vimmerby compared to Hultsfred and Mörlunda",
        expect: {
          kind: 'rubCompare',
          units: ['hc-vimmerby', 'hc-hultsfred', 'hc-morlunda'],
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'and the same for march',
        expect: {
          kind: 'rubCompare',
          units: ['hc-vimmerby', 'hc-hultsfred', 'hc-morlunda'],
          measure: 'withSip',
          period: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p10-39',
    class: 'longMessage',
    turns: [
      {
        text: 'hej jag är skötare på psykiatrin i kalmar. vem är bec på kristineberg hc, har en patient som flyttar till oskarshamn nästa vecka och vill stämma av med någon ansvarig där innan utskrivning',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'vad har hc:n för telefonnummer',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p10-40',
    class: 'longMessage',
    turns: [
      {
        text: "hello, I'm an ambulance nurse based in Borgholm, we sometimes get callouts to elderly patients in the municipal home health care and I've been told there is an arrangement where we can book them a doctor visit at home the next weekday instead of driving them in. would like the name and number of the person responsible for that",
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      { text: 'great, thanks a lot', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  // ==================================================================== round p11 (issue 12)
  // A helper under the same rules, a busy winter week, after the p10 fixes: 76.0 % before tuning.
  {
    id: 'p11-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej vem är bec på blå kusten',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
      {
        text: 'och gripen?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-gripen' },
      },
      {
        text: 'kristineberg då',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
    ],
  },
  {
    id: 'p11-02',
    class: 'followUp',
    turns: [
      {
        text: 'who do i contact about the home hospital project in borgholm',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'whats his phone',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'and email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'email' },
      },
    ],
  },
  {
    id: 'p11-03',
    class: 'followUp',
    turns: [
      {
        text: 'vem är kontakt för samverkan kring alkohol och beroende i högsby',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'vad jobbar hon som',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini' },
      },
      {
        text: 'vilka fler är med i det projektet',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hogsby-beroende',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p11-04',
    class: 'followUp',
    turns: [
      {
        text: 'what does oskarsgruppen actually do',
        expect: { kind: 'groupDetails', lang: 'en', group: 'oskarshamn-cluster' },
      },
      {
        text: 'target groups?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'oskarshamn-cluster',
          aspect: 'targetGroups',
        },
      },
      {
        text: 'ok who do i call there',
        expect: { kind: 'groupContacts', lang: 'en', group: 'oskarshamn-cluster' },
      },
      { text: 'thanks!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p11-05',
    class: 'spelling',
    turns: [
      {
        text: 'telfon nr till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'mobilnr?',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
      {
        text: 'och ragnhild holmberg som hade patientkontrakten?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound' },
      },
    ],
  },
  {
    id: 'p11-06',
    class: 'spelling',
    turns: [
      {
        text: 'vem ar basenhetsched pa esplanadn',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-esplanaden' },
      },
      {
        text: 'och verksamhetschefen dar',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-esplanaden' },
      },
    ],
  },
  {
    id: 'p11-07',
    class: 'ownWords',
    turns: [
      {
        text: 'behöver nån som kan plocka fram statistik åt oss om de sjukaste patienterna, vem gör sånt i samordningsgruppen för nära vård',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' },
      },
      {
        text: 'har han nåt telefonnummer',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p11-08',
    class: 'ownWords',
    turns: [
      {
        text: 'who handles the comms stuff for the nära vård coordination team',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'kommunikatör' },
      },
      {
        text: 'can i get her email',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'emma-rydh', field: 'email' },
      },
    ],
  },
  {
    id: 'p11-09',
    class: 'wordFormation',
    turns: [
      {
        text: 'basenhetschefen på kristinebergs hc:n?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'helenes mejladress',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p11-10',
    class: 'wordFormation',
    turns: [
      {
        text: 'hultsfredsklustrets kontaktpersoner',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hultsfred' },
      },
      {
        text: 'och vilka målgrupper har de',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'targetGroups' },
      },
    ],
  },
  {
    id: 'p11-11',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev får vi i den här kanalen',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'visa ett exempel på hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'tack 👍', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p11-12',
    class: 'followUp',
    turns: [
      {
        text: 'email for maria',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ambiguous', field: 'email' },
      },
      {
        text: 'svensson',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'maria-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p11-13',
    class: 'language',
    turns: [
      {
        text: 'how do i get hold of svensson in oskarshamn, the bec',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson' },
      },
      {
        text: 'does she have a phone number listed',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p11-14',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are there in västervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'and in kalmar',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'number for stensö',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-stenso' },
      },
    ],
  },
  {
    id: 'p11-15',
    class: 'language',
    turns: [
      {
        text: 'tel till smedby hc',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'notFound' },
      },
      {
        text: 'lindsdal då',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'notFound' },
      },
    ],
  },
  {
    id: 'p11-16',
    class: 'ownWords',
    turns: [
      {
        text: 'which organisations were involved in that blekinge pilot with the home care phone line',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
      {
        text: 'and what were they focusing on',
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'en', group: 'karlshamnspiloten', aspect: 'focus' },
      },
    ],
  },
  {
    id: 'p11-17',
    class: 'followUp',
    turns: [
      {
        text: 'list all samordnare',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'samordnare' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'samordnare', page: 1 },
      },
      {
        text: 'back to the first one',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'samordnare', page: 0 },
      },
    ],
  },
  {
    id: 'p11-18',
    class: 'longMessage',
    turns: [
      {
        text: "hi, I work on the ambulance up on northern öland. we were told at our last meeting that we can offer patients a doctor's visit at home the next weekday instead of driving them in to kalmar, apparently it's a project run from borgholm hc together with the kommun. who is in charge of it, want to check the routine before the weekend",
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: "what's his number",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p11-19',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jobbar på öppenvårdspsykiatrin i vimmerby. vi har blivit tillfrågade om att vara med i hultsfreds hc:s nära vård-projekt kring multisjuka och mångsökare och min chef vill att jag kollar upp vad de har för fokus innan vi tackar ja',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'focus' },
      },
    ],
  },
  {
    id: 'p11-20',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, sitter på medicinavdelningen på västerviks sjukhus och planerar utskrivning av en äldre dam som ska hem med kommunal hemsjukvård i morgon. har hört att esplanaden driver ett samverkansprojekt kring just hemsjukvård så vem kan jag kontakta där',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
      {
        text: 'vilka deltar i det',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p11-21',
    class: 'plain',
    turns: [
      { text: 'hi', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: 'can you book a meeting room for friday',
        locale: 'en-US',
        expect: { kind: 'unknown', lang: 'en' },
      },
      { text: 'ok what can you do then', locale: 'en-US', expect: { kind: 'help', lang: 'en' } },
      {
        text: 'who is the samordnare nära vård',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'samordnare' },
      },
    ],
  },
  {
    id: 'p11-22',
    class: 'followUp',
    turns: [
      {
        text: 'min hc är gripen',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-gripen' },
      },
      {
        text: 'hur många rub5 saknar fast läkare på min hc',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och i december?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
        },
      },
      {
        text: 'rub 4 då',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          level: 4,
        },
      },
    ],
  },
  {
    id: 'p11-23',
    class: 'followUp',
    turns: [
      {
        text: 'rub5 summary for mönsterås',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-monsteras' },
      },
      {
        text: 'same for nybro',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-nybro' },
      },
      {
        text: 'compare the two',
        locale: 'en-US',
        expect: { kind: 'rubCompare', lang: 'en', units: ['hc-monsteras', 'hc-nybro'] },
      },
    ],
  },
  {
    id: 'p11-24',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen rub5 utan fast läkarkontakt utvecklats på kvarnholmen sen augusti',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-kvarnholmen',
          from: '2022-08',
        },
      },
      {
        text: 'och för hela länet',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p11-25',
    class: 'followUp',
    turns: [
      {
        text: 'distribution between health centres for rub 5 without a named gp',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', lang: 'en', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'and level 4',
        locale: 'en-US',
        expect: {
          kind: 'rubDistribution',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          level: 4,
        },
      },
      {
        text: 'now the share with a sip',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', lang: 'en', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p11-26',
    class: 'followUp',
    turns: [
      {
        text: 'visa våra rub5 pat som saknar fast läkare',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 2 },
      },
      {
        text: 'förra',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
    ],
  },
  {
    id: 'p11-27',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I started as unit manager at Färjestaden hc on monday so still finding my feet 😅 I've been asked to go through our rub 5 patients who don't have a regular doctor and get them one assigned before spring. could you list them for me",
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'hc-farjestaden', without: true },
      },
      {
        text: 'page 2 please',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'hc-farjestaden',
          without: true,
          page: 1,
        },
      },
    ],
  },
  {
    id: 'p11-28',
    class: 'spelling',
    turns: [
      {
        text: 'andel md sip pa min halsocentral',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
      {
        text: 'och akutbesok',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'akutbesok' },
      },
    ],
  },
  {
    id: 'p11-29',
    class: 'details',
    turns: [
      {
        text: 'rub 4 at stensö jan 2023',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-stenso', level: 4, period: '2023-01' },
      },
      {
        text: 'feb?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-stenso', level: 4, period: '2023-02' },
      },
    ],
  },
  {
    id: 'p11-30',
    class: 'ownWords',
    turns: [
      {
        text: 'jag är på stensö, hur ligger vi till jämfört med berga och norrliden när det gäller patienter som åker in igen efter utskrivning',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          measure: 'aterinlaggning',
        },
      },
      {
        text: 'och om vi kollar ambulansåkningar istället',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          measure: 'ambulans',
        },
      },
    ],
  },
  {
    id: 'p11-31',
    class: 'longMessage',
    turns: [
      {
        text: "hej! I'm at vimmerby hc and putting together a few slides for our apt on thursday about the most complex patients. how many of our rub5 patients went by ambulance",
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-vimmerby', measure: 'ambulans' },
      },
      {
        text: 'and how many had contact with psychiatry',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-vimmerby', measure: 'psykiatri' },
      },
    ],
  },
  {
    id: 'p11-32',
    class: 'details',
    turns: [
      {
        text: 'how did the sip share at emmaboda change from oct 22 to mar 23',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withSip',
          scope: 'hc-emmaboda',
          from: '2022-10',
          to: '2023-03',
        },
      },
      {
        text: 'and region wide',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withSip',
          scope: 'region',
          from: '2022-10',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p11-33',
    class: 'language',
    turns: [
      {
        text: 'rub5 i hela regionen',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region' },
      },
      {
        text: 'hur många har hemsjukvård',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'hemsjukvard' },
      },
      {
        text: 'och rehab',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'rehabilitering' },
      },
    ],
  },
  {
    id: 'p11-34',
    class: 'wordFormation',
    turns: [
      {
        text: 'rub5:orna utan fast läkarkontakt på hultsfreds hc:n, hur många är de',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-hultsfred',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'mörlundas då',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-morlunda',
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p11-35',
    class: 'spelling',
    turns: [
      {
        text: 'compare gamelby ankarsrun and overum rub5',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gamleby', 'hc-ankarsrum', 'hc-overum'],
        },
      },
      {
        text: 'only the ones without a regular gp',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gamleby', 'hc-ankarsrum', 'hc-overum'],
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p11-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för oskarshamn varje måndag kl 8',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p11-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for gripen and kristineberg, fridays 14:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 5,
          time: '14:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      {
        text: 'what subscriptions does this channel have now',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p11-38',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      { text: 'pausa veckobrevet över jul o nyår', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'starta veckobrevet igen nu',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
    ],
  },
  {
    id: 'p11-39',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'unsubcribe from the weekly digset pls',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p11-40',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'weekly digest for the whole region thursdays 07:00',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 4,
          time: '07:00',
          digestScope: 'region',
        },
      },
      { text: 'preview', locale: 'en-US', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  // ==================================================================== round p12 (issue 12)
  // A helper under the same rules, staff and managers mixed, written at the same time as the other of
  // p12/p13 and blind to it, after the p11 fixes: 81/97 (83.5 %) before tuning.
  {
    id: 'p12-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej vem är bec på kristineberg',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och på blå kusten?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'gripen då',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-02',
    class: 'followUp',
    turns: [
      {
        text: 'how many rub 5 patients at Vimmerby lack a named GP',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-vimmerby',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and in Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'what about the share with a SIP there',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', measure: 'withSip', lang: 'en' },
      },
      { text: 'thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p12-03',
    class: 'followUp',
    turns: [
      {
        text: 'visa mina rub5 patienter som inte har fast läkare',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
      {
        text: 'nästa',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 2,
          lang: 'sv',
        },
      },
      {
        text: 'gå tillbaka en sida',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p12-04',
    class: 'followUp',
    turns: [
      {
        text: 'who is the analyst in the coordination group',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'his email?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
      {
        text: 'does he have a mobile number',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-05',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrev för västervik, tisdagar kl 9',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '09:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'vilka prenumerationer har kanalen nu', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p12-06',
    class: 'followUp',
    turns: [
      {
        text: 'vad gör hemsjukhuset i borgholm',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vilka är med',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'vem ska jag kontakta där',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'nummer till honom',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-07',
    class: 'followUp',
    turns: [
      {
        text: 'how has the share of rub5 without a regular doctor changed since august 2022 across the region',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          level: 5,
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and for Esplanaden',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'same for readmissions',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'aterinlaggning',
          scope: 'hc-esplanaden',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p12-08',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are there in Västervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'phone number for Gamleby',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-09',
    class: 'followUp',
    turns: [
      {
        text: "I'm the new BEC at Stensö, please set that as my health centre",
        expect: { kind: 'setMyUnit', unit: 'hc-stenso', lang: 'en' },
      },
      {
        text: 'how many rub 5 patients do we have',
        expect: { kind: 'rubSummary', scope: 'mine', level: 5, measure: 'patients', lang: 'en' },
      },
      {
        text: 'compare us with Berga and Norrliden',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-berga', 'hc-norrliden'], lang: 'en' },
      },
      { text: 'cheers', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p12-10',
    class: 'followUp',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vem kontaktar man om samverkan kring beroende i högsby',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vad är hennes mejl',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
      {
        text: 'och vad har de för målgrupp',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p12-11',
    class: 'wordFormation',
    turns: [
      {
        text: 'blå kustens basenhetschef',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'vad finns det för fler enheter i oskarshamn',
        expect: { kind: 'unitsInArea', municipality: 'Oskarshamn', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-12',
    class: 'wordFormation',
    turns: [
      {
        text: 'rub5-patienternas andel med sip på kristinebergs hc',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'och återinläggningarna?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p12-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'oskarshamnsklustrets kontaktpersoner',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'och klustrets fokusområden',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'numret till mönsteråshälsocentralen',
        expect: { kind: 'unitLookup', unit: 'hc-monsteras', lang: 'sv' },
      },
      {
        text: 'alvinsson hilberths mobilnummer',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p12-15',
    class: 'ownWords',
    turns: [
      {
        text: 'vem snackar man med om hälsolots-grejen i högsby',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vad går den ut på egentligen',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-16',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av de riktigt tunga patienterna på gripen (rub 5) går utan egen husläkare',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      { text: 'tack så länge', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p12-17',
    class: 'ownWords',
    turns: [
      {
        text: "who's the boss over at Löttorp",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', unit: 'hc-lottorp', lang: 'en' },
      },
      {
        text: 'ok and how do I get hold of Borgholm HC',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-18',
    class: 'ownWords',
    turns: [
      {
        text: 'which health centres have the most rub5 folks ending up in ambulances, rank them for me',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'ambulans', level: 5, lang: 'en' },
      },
      {
        text: 'same thing but ER visits',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'akutbesok', lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-19',
    class: 'ownWords',
    turns: [
      {
        text: 'ge mig lite acg-siffror på läget hos blå kusten',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'hur har det rört sig sen september 2022',
        locale: 'en-US',
        expect: { kind: 'rubTrend', scope: 'hc-bla-kusten', from: '2022-09', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-20',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och jobbar som distriktssköterska i hemsjukvården i Hultsfreds kommun. Vi har många gemensamma patienter med hälsocentralen och jag har hört att det finns ett projekt där med fast vårdkontakt och fler SIP:ar. Vem ska jag vända mig till för det?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-21',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a paramedic up in northern Öland. Sometimes instead of driving people in we offer them a doctor's visit at home the next weekday. Who is the contact person for that home hospital thing in Borgholm?",
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: "what's his number",
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-22',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, jag är verksamhetschef på nybro hc sen i januari och försöker få grepp om våra mest sjuka listade. hur många av våra rub 5-patienter saknar fast läkarkontakt just nu?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur har det förändrats sen augusti 2022 hos oss',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'kan jag få se vilka det är',
        expect: { kind: 'patientList', scope: 'hc-nybro', level: 5, without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-23',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I work as an analyst at the regional planning unit and I'm putting together a report for the steering group. Could you give me the distribution across the health centres of RUB 5 patients without a named GP for March 2023?",
        locale: 'en-US',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 5,
          period: '2023-03',
          lang: 'en',
        },
      },
      {
        text: 'and the same for February',
        locale: 'en-US',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          period: '2023-02',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p12-24',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej alla, jag är samordnare för nära vård i norra länet och vill att den här kanalen får ett veckobrev varje måndag morgon kl 7.30 om Vimmerby och Hultsfreds hälsocentraler så vi kan ta upp det på våra avstämningar',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'units:hc-vimmerby,hc-hultsfred',
          lang: 'sv',
        },
      },
      {
        text: 'förresten, kan ni visa ett exempel på hur det blir',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-25',
    class: 'spelling',
    turns: [
      {
        text: 'telefn nummer till helen svenson',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och mejl',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-26',
    class: 'spelling',
    turns: [
      {
        text: 'vilka vårdcentraler finns det i oskarhamn',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'lindsdals hc då, nummer dit?',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-27',
    class: 'spelling',
    turns: [
      {
        text: 'jämför kristinberg, gripen och blåkusten rub5 utan fast läkare',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-gripen', 'hc-bla-kusten'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'samma fast med sip',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-gripen', 'hc-bla-kusten'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p12-28',
    class: 'spelling',
    turns: [
      {
        text: 'who is marie ragnarson',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'en' },
      },
      {
        text: 'her emial adress',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-29',
    class: 'spelling',
    turns: [
      {
        text: 'hur manga rub 5 pat på farjestaden har hemsjukvard',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          level: 5,
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
      {
        text: 'och morbylanga',
        expect: { kind: 'rubSummary', scope: 'hc-morbylanga', measure: 'hemsjukvard', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-30',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to a digest for the whole region, fridays at 2pm',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      { text: 'pause it for now', locale: 'en-US', expect: { kind: 'digestPause', lang: 'en' } },
      {
        text: 'ok turn it back on',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-31',
    class: 'details',
    turns: [
      {
        text: 'rub 4 numbers for Mörlunda, december 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-morlunda',
          level: 4,
          period: '2022-12',
          lang: 'en',
        },
      },
      {
        text: 'and january 2023?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-morlunda',
          level: 4,
          period: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p12-32',
    class: 'details',
    turns: [
      {
        text: 'trend for share with SIP at Hultsfred HC from Oct 2022 to Mar 2023',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-hultsfred',
          from: '2022-10',
          to: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p12-33',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'lägg upp ett veckobrev här på onsdagar halv nio för kalmar kommun',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '08:30',
          digestScope: 'area:Kalmar',
          lang: 'sv',
        },
      },
      {
        text: 'vilka brev går ut i den här kanalen nu',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'avsluta det', expect: { kind: 'digestUnsubscribe', lang: 'sv' } },
    ],
  },
  {
    id: 'p12-34',
    class: 'details',
    turns: [
      {
        text: 'list rub 5 patients at my hc without a named gp for february 2023',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          period: '2023-02',
          lang: 'en',
        },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          period: '2023-02',
          page: 1,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p12-35',
    class: 'language',
    turns: [
      {
        text: 'vem är kommunikatör i samordningsgruppen',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'sv' },
      },
      {
        text: 'vad har hon för mejl',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-36',
    class: 'language',
    turns: [
      {
        text: 'where do I find the number to 1177',
        expect: { kind: 'unitLookup', unit: 'vardguiden-1177', lang: 'en' },
      },
      {
        text: 'and the outpatient psychiatry in Vimmerby',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'en' },
      },
      { text: 'can you book a lab appointment for me', expect: { kind: 'unknown', lang: 'en' } },
    ],
  },
  {
    id: 'p12-37',
    class: 'language',
    turns: [
      {
        text: 'hi! what can you help me with',
        locale: 'en-US',
        expect: { kind: 'help', lang: 'en' },
      },
      {
        text: 'vilka utvecklingsledare finns',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'utvecklingsledare', lang: 'sv' },
      },
      { text: 'tack!', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p12-38',
    class: 'language',
    turns: [
      {
        text: 'who are the contacts for Karlshamnspiloten',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p12-39',
    class: 'plain',
    turns: [
      {
        text: 'kontaktuppgifter till Ragnhild Holmberg',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
      {
        text: 'ok, vad har svensson för nummer då',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p12-40',
    class: 'plain',
    turns: [
      { text: 'hello', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: 'which coordinators are there',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', page: 1, lang: 'en' },
      },
    ],
  },
  // ==================================================================== round p13 (issue 12)
  // A helper under the same rules, mostly managers and coordinators, written at the same time as the other of
  // p12/p13 and blind to it, after the p11 fixes: 66/96 (68.8 %) before tuning.
  {
    id: 'p13-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej, jag har precis börjat som basenhetschef på kristinebergs hc. kan du spara det som min enhet?',
        expect: { kind: 'setMyUnit', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'hur många rub5 har vi som inte har nån fast läkarkontakt',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och gripen?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'blå kusten då',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-bla-kusten',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p13-02',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm the new head of operations at Esplanaden in Västervik and I'm trying to get a picture of our most complex patients. What share of our RUB 5 patients have a SIP?",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-esplanaden',
          level: 5,
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'and how has that moved since aug 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-esplanaden',
          measure: 'withSip',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'same thing for Stora Trädgårdsgatan please',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-stora-tradgardsgatan',
          measure: 'withSip',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p13-03',
    class: 'details',
    turns: [
      {
        text: 'min hälsocentral är mönsterås',
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'sv' },
      },
      {
        text: 'ge mig listan på rub 5-patienterna som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'och sidan efter det',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-04',
    class: 'wordFormation',
    turns: [
      {
        text: 'jämför sip-andelen för rub5 mellan vimmerby hc och hultsfreds hälsocentral',
        expect: {
          kind: 'rubCompare',
          units: ['hc-vimmerby', 'hc-hultsfred'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'ta med mörlundas också',
        expect: {
          kind: 'rubCompare',
          units: ['hc-vimmerby', 'hc-hultsfred', 'hc-morlunda'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p13-05',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'lägg upp veckobrevet för oskarshamn här i kanalen, varje måndag kl 07.30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      {
        text: 'vilka veckobrev har den här kanalen nu?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'pausa veckobrevet under semestern', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'nu är vi tillbaka, sätt igång det igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-06',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to a weekly digest covering Gripen and Kristineberg, fridays at 2pm',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'can I see a preview first',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
      {
        text: 'hmm no, cancel the subscription',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-07',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns i västerviks kommun?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i nybro?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      { text: 'tack så mkt!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p13-08',
    class: 'spelling',
    turns: [
      {
        text: 'telfonnummer till åke åkeson på borgholm',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-09',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej. Jobbar som ambulanssjuksköterska på norra Öland och vi har en del äldre i kommunal hemsjukvård som vi hellre skulle ge en läkartid hemma nästa vardag än köra in till akuten, så som de gör i Hemsjukhuset i Borgholm. Vem är kontakt för det projektet?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-10',
    class: 'language',
    turns: [
      {
        text: 'who is the contact person for the alcohol and addiction work in Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      {
        text: "and what's her phone number?",
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'en' },
      },
      { text: 'great, thanks a lot', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p13-11',
    class: 'followUp',
    turns: [
      {
        text: "do you have Maria's email address?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'en' },
      },
      {
        text: 'the development lead',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-12',
    class: 'plain',
    turns: [
      {
        text: 'vad har niklas föghner för telefonnummer',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      {
        text: 'okej. numret till torsås hälsocentral då?',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-13',
    class: 'language',
    turns: [
      {
        text: 'finns det nån analytiker jag kan fråga om rub-siffrorna?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem e basenhetschefen på blå kustens hälsocentral?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'och kristinebergs?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'vad är helenes mejladress',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-15',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hc:n har flest rub 5-patienter utan fast läkare? vill se hela länet i en rangordning',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 5,
          lang: 'sv',
        },
      },
      {
        text: 'samma fast för rub 4',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          lang: 'sv',
        },
      },
      {
        text: 'hur såg det ut i december?',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          period: '2022-12',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p13-16',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I work as an analyst at the planning unit and I'm preparing figures for the steering group next week. What share of the region's RUB 5 patients visited the emergency department in January 2023?",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          level: 5,
          measure: 'akutbesok',
          period: '2023-01',
          lang: 'en',
        },
      },
      {
        text: 'and readmissions, same month?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          level: 5,
          measure: 'aterinlaggning',
          period: '2023-01',
          lang: 'en',
        },
      },
      {
        text: 'ambulance rides?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          level: 5,
          measure: 'ambulans',
          period: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p13-17',
    class: 'spelling',
    turns: [
      {
        text: 'hur mpnga rub5 patinter på stensö saknar fast läkarkonatkt',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och med sip?',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-18',
    class: 'details',
    turns: [
      {
        text: 'how did the SIP share at Gamleby develop from sept 2022 to march 2023',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-gamleby',
          measure: 'withSip',
          from: '2022-09',
          to: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p13-19',
    class: 'plain',
    turns: [
      { text: 'hi there', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: 'what kind of things can I ask you?',
        locale: 'en-US',
        expect: { kind: 'help', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-20',
    class: 'ownWords',
    turns: [
      {
        text: 'kan du fixa ett möte med hemtjänsten i högsby på torsdag',
        expect: { kind: 'unknown', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-21',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är enhetschef för hemsjukvården i Hultsfreds kommun och vi ska börja jobba mer med SIP tillsammans med hälsocentralen. Vilka verksamheter är med i Hultsfredsprojektet?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'vad är fokus i projektet?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'focus', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson där',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-22',
    class: 'language',
    turns: [
      {
        text: 'how do I get in touch with Gripen health centre?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'en' },
      },
      {
        text: 'and the hospital in Oskarshamn?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-23',
    class: 'language',
    turns: [
      {
        text: 'vad gick karlshamnspiloten ut på?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', lang: 'sv' },
      },
      {
        text: 'vilka var med i den',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p13-24',
    class: 'wordFormation',
    turns: [
      {
        text: 'sip-andelen bland rub5:orna på gripens hc?',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och psykiatrikontakterna?',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'psykiatri', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-25',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av våra allra sjukaste patienter går utan egen doktor? vi sitter på norrliden',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-norrliden',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur många av dom har haft kontakt med rehab',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-norrliden',
          measure: 'rehabilitering',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p13-26',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: "list our RUB 5 patients who don't have a named GP – we're Vimmerby HC",
        expect: { kind: 'patientList', scope: 'hc-vimmerby', level: 5, without: true, lang: 'en' },
      },
      {
        text: "ok, what's the share for the whole region then?",
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p13-27',
    class: 'ownWords',
    turns: [
      {
        text: "who's the numbers person for nära vård? need help reading the RUB stats",
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'his email?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-28',
    class: 'language',
    turns: [
      {
        text: 'which units are there in Högsby municipality',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', municipality: 'Högsby', lang: 'en' },
      },
      {
        text: 'and health centres in Kalmar?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'any hospitals there?',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', municipality: 'Kalmar', unitKind: 'sjukhus', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-29',
    class: 'followUp',
    turns: [
      {
        text: 'visa trenden för rub5 utan fast läkarkontakt i hela regionen sen augusti 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'bara nybro',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p13-30',
    class: 'followUp',
    turns: [
      {
        text: 'enligt acg, hur många patienter ligger på rub-nivå 3 på färjestadens hc',
        expect: { kind: 'rubSummary', scope: 'hc-farjestaden', level: 3, lang: 'sv' },
      },
      {
        text: 'nivå 4 då',
        expect: { kind: 'rubSummary', scope: 'hc-farjestaden', level: 4, lang: 'sv' },
      },
      {
        text: 'och 5',
        expect: { kind: 'rubSummary', scope: 'hc-farjestaden', level: 5, lang: 'sv' },
      },
      {
        text: 'samma för mörbylånga',
        expect: { kind: 'rubSummary', scope: 'hc-morbylanga', level: 5, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-31',
    class: 'followUp',
    turns: [
      {
        text: 'set my health centre to Berga please',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-berga', lang: 'en' },
      },
      {
        text: 'how many of our RUB 5 patients have ongoing home care?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', level: 5, measure: 'hemsjukvard', lang: 'en' },
      },
      {
        text: 'compare with Norrliden and Stensö',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-norrliden', 'hc-stenso'],
          level: 5,
          measure: 'hemsjukvard',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p13-32',
    class: 'language',
    turns: [
      {
        text: 'is there a communications officer working on nära vård?',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'en' },
      },
      {
        text: 'can I get her email',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-33',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'sätt upp ett veckobrev för hela regionen, onsdagar kl 9',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '09:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'visa hur det kommer se ut',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-34',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev rullar i den här kanalen',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'skippa det där, vi vill inte få det mer',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p13-35',
    class: 'spelling',
    turns: [
      {
        text: 'whos the contakt for oskarsgrupen',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'phone nr to anna dal',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-36',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I manage Emmaboda health centre (Björken) and our politicians keep asking how we're doing on SIPs compared to others. Could you compare the share of RUB 5 patients with a SIP at Emmaboda and Nybro for March 2023?",
        expect: {
          kind: 'rubCompare',
          units: ['hc-emmaboda', 'hc-nybro'],
          level: 5,
          measure: 'withSip',
          period: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p13-37',
    class: 'plain',
    turns: [
      { text: 'good morning!', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: 'I need the phone number to Blå Kusten health centre',
        expect: { kind: 'unitLookup', unit: 'hc-bla-kusten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p13-38',
    class: 'wordFormation',
    turns: [
      {
        text: 'lista basenhetscheferna i regionen',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'sv' },
      },
      {
        text: 'vilka av dom är med i oskarsgruppen?',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p13-39',
    class: 'followUp',
    turns: [
      {
        text: 'show me the RUB 5 patient list for my health centre',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, lang: 'en' },
      },
      {
        text: 'only the ones without a regular doctor',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
      {
        text: 'go back one',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 0,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p13-40',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub 5 hade kvarnholmen i mars 2023',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          level: 5,
          period: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'och i augusti året innan?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          level: 5,
          period: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'hur har det förändrats mellan de två månaderna',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-kvarnholmen',
          level: 5,
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
];

// One literal of every case is too complex a union for TypeScript: the rounds from p14 on are a second.
const laterCases: readonly FreshCase[] = [
  // ==================================================================== round p14 (issue 12)
  // A helper under the same rules, staff reaching across organisational borders, then managers, written at the same time as the other of
  // p14/p15 and blind to it, after the p12/p13 fixes: 78/97 (80.4 %) before tuning.
  {
    id: 'p14-01',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jag är distriktssköterska i kommunens hemsjukvård på norra öland och har en äldre dam som åker in på akuten stup i kvarten. har hört att hälsocentralen i borgholm har nåt upplägg med fast läkare för hemsjukvårdspatienter, vem pratar jag med om det',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-02',
    class: 'followUp',
    turns: [
      {
        text: 'ambulansen borgholm här. vem ska vi ringa för att ge pat en läkartid hemma nästa vardag istället för att köra in henne',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'har han nåt direktnummer',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl då?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-03',
    class: 'followUp',
    turns: [
      {
        text: 'ward nurse at Västervik hospital, planning discharge for a patient going home with municipal home health care in västervik. how do i reach the kommun',
        expect: { kind: 'unitLookup', unit: 'vasterviks-kommun', lang: 'en' },
      },
      {
        text: 'and her hc is stora trädgårdsgatan, number?',
        expect: { kind: 'unitLookup', unit: 'hc-stora-tradgardsgatan', lang: 'en' },
      },
      {
        text: "who's the basenhetschef there",
        expect: {
          kind: 'roleAtUnit',
          role: 'basenhetschef',
          unit: 'hc-stora-tradgardsgatan',
          lang: 'en',
        },
      },
      { text: 'thx', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p14-04',
    class: 'spelling',
    turns: [
      {
        text: 'telefonnumer till åke åkeson',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-05',
    class: 'followUp',
    turns: [
      {
        text: 'jobbar på psykiatrin i kalmar. vilka är med i högsbys samarbete kring alkoholberoende',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'vem är kontaktperson för det',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'hennes mejl',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
      {
        text: 'och telefon?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-06',
    class: 'ownWords',
    turns: [
      {
        text: 'who runs the project in högsby where someone from the kommun links patients up with clubs and social activities',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'en' },
      },
      {
        text: "what's the focus of it",
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', aspect: 'focus', lang: 'en' },
      },
    ],
  },
  {
    id: 'p14-07',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns i västerviks kommun',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i hultsfred',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'nr till mörlunda',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-morlunda', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-08',
    class: 'language',
    turns: [
      {
        text: "Hi! I'm a locum GP from Denmark, starting at Högsby health centre on monday. Is there a GP there I could talk to before I start?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'allmänläkare', unit: 'hc-hogsby', lang: 'en' },
      },
      { text: 'thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p14-09',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! arbetsterapeut på medicinkliniken i västervik här. vi ska börja samarbeta mer med kommunens hemsjukvård kring de sköraste patienterna och jag har hört att det finns ett projekt om just det i västervik. vad fokuserar dom på?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'sv',
        },
      },
      {
        text: 'och vilka är med',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p14-10',
    class: 'followUp',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vi på ambulansen i oskarshamn ska vara med i oskarsgruppen, vem håller i den',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'hur når jag den på blå kusten',
        expect: { kind: 'personLookup', person: 'anna-dahl', lang: 'sv' },
      },
      { text: 'toppen tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p14-11',
    class: 'spelling',
    turns: [
      {
        text: 'jobbar på kristinebärg, vem är basenhetshef hos oss',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-12',
    class: 'followUp',
    turns: [
      {
        text: "who's helene svenson",
        expect: { kind: 'personLookup', person: 'helene-svensson', lang: 'en' },
      },
      {
        text: 'her email?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
      {
        text: 'does she have a mobile',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p14-13',
    class: 'followUp',
    turns: [
      {
        text: 'nummer till maria',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
      {
        text: 'alvinsson hilberth',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilen med',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p14-14',
    class: 'ownWords',
    turns: [
      {
        text: 'det fanns nån pilot i blekinge där hemtjänsten fick ett eget nummer direkt till vårdcentralen, vilka var med i den',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'vem är rebecka welander',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'rebecca-welander', lang: 'sv' },
      },
      {
        text: 'och johanna nilsson, vad jobbar hon med',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'johanna-nilsson', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'åkessons mobilnr',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'hemsjukhusprojektets deltagare',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p14-16',
    class: 'followUp',
    turns: [
      {
        text: 'just moved from gothenburg to do my ST in Kalmar, what health centres are there in kalmar?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and in oskarshamn',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'how do i get hold of gripen',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'en' },
      },
      { text: 'great thanks', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p14-17',
    class: 'spelling',
    turns: [
      {
        text: 'öppenvårspsykiatrin vimerby telefon',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
      {
        text: 'och psykiatrin centralt då',
        expect: { kind: 'unitLookup', unit: 'psykiatrin', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-18',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, jobbar som dsk i hultsfreds kommun och vi håller på att ta fram en gemensam rutin med 1177 om vart de ska hänvisa våra brukare på kvällar och helger. hur når jag dem?',
        expect: { kind: 'unitLookup', unit: 'vardguiden-1177', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-19',
    class: 'followUp',
    turns: [
      {
        text: 'which coordinators are there',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', page: 1, lang: 'en' },
      },
      {
        text: 'go back',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', page: 0, lang: 'en' },
      },
    ],
  },
  {
    id: 'p14-20',
    class: 'ownWords',
    turns: [
      {
        text: 'behöver nån som kan plocka fram statistik åt oss om våra mångbesökare, har regionen nån analytiker för nära vård',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-21',
    class: 'language',
    turns: [
      {
        text: 'who does the communication stuff for nära vård',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'en' },
      },
      {
        text: 'her email pls',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'en' },
      },
      {
        text: 'and phone',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p14-22',
    class: 'wordFormation',
    turns: [
      {
        text: 'oskarsgruppens kontaktpersoner',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'helenes mejl',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och annas',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-23',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, ssk på en vårdavdelning på oskarshamns sjukhus. har en pat som ska hem med hemsjukvård nästa vecka och vet inte riktigt vilka jag ska kontakta, vad finns det för enheter i oskarshamn',
        expect: { kind: 'unitsInArea', municipality: 'Oskarshamn', lang: 'sv' },
      },
      {
        text: 'nummer till kommunen',
        expect: { kind: 'unitLookup', unit: 'oskarshamns-kommun', lang: 'sv' },
      },
      {
        text: 'hon är listad på gripen, vem är bec där',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-24',
    class: 'language',
    turns: [
      {
        text: 'which hospitals are there in the region',
        expect: { kind: 'unitsInArea', unitKind: 'sjukhus', lang: 'en' },
      },
      {
        text: 'what about the one in kalmar, phone?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-kalmar', lang: 'en' },
      },
      {
        text: 'and the ER in västervik',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'en' },
      },
      { text: 'cheers', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p14-25',
    class: 'plain',
    turns: [
      { text: 'hej', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'vad kan du hjälpa mig med', expect: { kind: 'help', lang: 'sv' } },
    ],
  },
  {
    id: 'p14-26',
    class: 'plain',
    turns: [
      {
        text: 'kan du boka tolk åt mig till imorgon kl 10',
        expect: { kind: 'unknown', lang: 'sv' },
      },
      {
        text: 'okej. telefon till doktor lennart bergkvist på gripen då',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-27',
    class: 'plain',
    turns: [
      {
        text: 'ragnhild holmberg som drev patientkontrakten, hur når jag henne',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
      { text: 'ok tack ändå', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p14-28',
    class: 'followUp',
    turns: [
      {
        text: 'my hc is mörlunda',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-morlunda', lang: 'en' },
      },
      {
        text: 'how many rub5 do we have without a named gp',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'show me the list',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p14-29',
    class: 'details',
    turns: [
      {
        text: 'jämför gripen, blå kusten och kristineberg – andel rub5 med sip i mars 2023',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-bla-kusten', 'hc-kristineberg'],
          level: 5,
          measure: 'withSip',
          period: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'samma fast februari',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-bla-kusten', 'hc-kristineberg'],
          level: 5,
          measure: 'withSip',
          period: '2023-02',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p14-30',
    class: 'details',
    turns: [
      {
        text: 'how has the share of rub 5 without a named GP changed at Esplanaden from aug 2022 to feb 2023',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          level: 5,
          from: '2022-08',
          to: '2023-02',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p14-31',
    class: 'wordFormation',
    turns: [
      {
        text: 'fördelningen mellan hc:na för rub5:or utan fast läkarkontakt',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 5,
          lang: 'sv',
        },
      },
      {
        text: 'och för rub 4',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p14-32',
    class: 'followUp',
    turns: [
      {
        text: 'rub 5 for the whole region, how many went by ambulance',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', level: 5, measure: 'ambulans', lang: 'en' },
      },
      {
        text: 'and readmissions?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          level: 5,
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
      {
        text: 'same for nybro',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          level: 5,
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p14-33',
    class: 'details',
    turns: [
      {
        text: 'ED visits among rub 5 at emmaboda in december',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          level: 5,
          measure: 'akutbesok',
          period: '2022-12',
          lang: 'en',
        },
      },
      {
        text: 'and january',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          level: 5,
          measure: 'akutbesok',
          period: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p14-34',
    class: 'spelling',
    turns: [
      {
        text: 'hur många rub 4 har vimerby hälsocentrl',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-vimmerby',
          level: 4,
          measure: 'patients',
          lang: 'sv',
        },
      },
      {
        text: 'och hur många av dom har sip',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-vimmerby',
          level: 4,
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p14-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för västervik, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'visa hur det blir', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p14-36',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      { text: 'visa veckobrevet', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'pausa det över sommaren', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'nu kan du starta det igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      { text: 'tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p14-37',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests is this channel subscribed to',
        expect: { kind: 'digestList', lang: 'en' },
      },
      { text: 'unsubscribe us please', expect: { kind: 'digestUnsubscribe', lang: 'en' } },
    ],
  },
  {
    id: 'p14-38',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for gripen and kristineberg, fridays 7.30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'actually make it thursdays',
        expect: { kind: 'digestSubscribe', weekday: 4, lang: 'en' },
      },
    ],
  },
  {
    id: 'p14-39',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka av de allra sjukaste på stensö saknar fast läkare, vill se dom',
        expect: { kind: 'patientList', scope: 'hc-stenso', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'hc-stenso', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p14-40',
    class: 'followUp',
    turns: [
      {
        text: 'compare us with berga on rub5 without a named gp',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-berga'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'add norrliden too',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-berga', 'hc-norrliden'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  // ==================================================================== round p15 (issue 12)
  // A helper under the same rules, managers, coordinators and digests, written at the same time as the other of
  // p14/p15 and blind to it, after the p12/p13 fixes: 72/96 (75.0 %) before tuning.
  {
    id: 'p15-01',
    class: 'followUp',
    turns: [
      {
        text: 'gripen: antal rub5 utan fast läkarkontakt?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och kristineberg?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'blå kusten då',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-bla-kusten',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'ok och hela regionen',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-02',
    class: 'followUp',
    turns: [
      {
        text: 'how many rub 5 patients at Stensö have a SIP',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'and in january?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          measure: 'withSip',
          period: '2023-01',
          lang: 'en',
        },
      },
      {
        text: 'same for us',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withSip',
          period: '2023-01',
          lang: 'en',
        },
      },
      {
        text: 'and the whole region',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          measure: 'withSip',
          period: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-03',
    class: 'followUp',
    turns: [
      {
        text: 'har vi blivit bättre på fast läkare för rub5 sen aug 2022? vill se utvecklingen hos oss',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och för norrliden',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-norrliden',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'mellan oktober och februari istället',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-norrliden',
          measure: 'withoutFastLakarkontakt',
          from: '2022-10',
          to: '2023-02',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-04',
    class: 'followUp',
    turns: [
      {
        text: 'compare Berga, Kvarnholmen and Norrliden on rub5 without a named gp',
        expect: {
          kind: 'rubCompare',
          units: ['hc-berga', 'hc-kvarnholmen', 'hc-norrliden'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'add stensö too',
        expect: {
          kind: 'rubCompare',
          units: ['hc-berga', 'hc-kvarnholmen', 'hc-norrliden', 'hc-stenso'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'now the sip share',
        expect: {
          kind: 'rubCompare',
          units: ['hc-berga', 'hc-kvarnholmen', 'hc-norrliden', 'hc-stenso'],
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'drop berga',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kvarnholmen', 'hc-norrliden', 'hc-stenso'],
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-05',
    class: 'followUp',
    turns: [
      {
        text: 'lista våra rub5 som inte har nån fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
      {
        text: 'gå tillbaka en sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-06',
    class: 'followUp',
    turns: [
      {
        text: 'rub5 summary for vimmerby hc',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', lang: 'en' },
      },
      {
        text: 'what about level 4',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', level: 4, lang: 'en' },
      },
      {
        text: 'and how many of those went by ambulance',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-vimmerby',
          level: 4,
          measure: 'ambulans',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-07',
    class: 'followUp',
    turns: [
      {
        text: 'hur fördelar sig rub5 utan fast läkarkontakt över hälsocentralerna',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'samma fast för sip',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och i november',
        expect: { kind: 'rubDistribution', measure: 'withSip', period: '2022-11', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-08',
    class: 'followUp',
    turns: [
      {
        text: 'readmissions among rub5 at Gamleby in December',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          measure: 'aterinlaggning',
          period: '2022-12',
          lang: 'en',
        },
      },
      {
        text: 'and march?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          measure: 'aterinlaggning',
          period: '2023-03',
          lang: 'en',
        },
      },
      {
        text: 'what about Överum for the same month',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-overum',
          measure: 'aterinlaggning',
          period: '2023-03',
          lang: 'en',
        },
      },
      { text: 'thanks, that was all', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p15-09',
    class: 'followUp',
    turns: [
      {
        text: 'vem är vc på borgholms hc',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'vad har han för nummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och vem är bec på kristineberg',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-10',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för västervik, tisdagar kl 9',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '09:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'visa hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'vilka prenumerationer har vi här nu', expect: { kind: 'digestList', lang: 'sv' } },
      { text: 'pausa det över julen', expect: { kind: 'digestPause', lang: 'sv' } },
    ],
  },
  {
    id: 'p15-11',
    class: 'followUp',
    turns: [
      {
        text: 'my hc is Mönsterås',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'en' },
      },
      {
        text: 'how many of our rub5 have ongoing home care',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'hemsjukvard', lang: 'en' },
      },
      {
        text: 'compare that with nybro',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          measure: 'hemsjukvard',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-12',
    class: 'followUp',
    turns: [
      {
        text: 'jämför gripen o kristineberg andel med sip',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'och utan fast läkare istället',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'samma jämförelse i september',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'withoutFastLakarkontakt',
          period: '2022-09',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-13',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jag heter Lena och är ny basenhetschef på hultsfreds hc sen i måndags. ska ha apt nästa vecka och vill visa läget för våra mest komplexa patienter. kan du ta fram hur stor andel av rub5 på hultsfred som har en sip?',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och för gripen?',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-14',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm one of the coordinators in the nära vård team and I'm putting together the report for the regional management group next month. I need the trend for the share of RUB 5 patients without a fast läkarkontakt for the whole region, from August 2022 up to March 2023",
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'en',
        },
      },
      {
        text: 'great, and can you break it down per health centre for march',
        locale: 'en-US',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          period: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-15',
    class: 'longMessage',
    conversation: 'groupChat',
    turns: [
      {
        text: 'god morgon. sitter och förbereder verksamhetsdialog med hsf på fredag och behöver jämföra oss på esplanaden med stora trädgårdsgatan och gamleby, hur många rub5 som besökt akuten',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-esplanaden', 'hc-stora-tradgardsgatan', 'hc-gamleby'],
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'och utan fast läkarkontakt',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-esplanaden', 'hc-stora-tradgardsgatan', 'hc-gamleby'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-16',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej. Jag är enhetschef och har fått i uppdrag av min vc att gå igenom de patienter hos oss som ligger på rub 5 men inte har någon fast läkare, så vi kan fördela dem innan sommaren. Kan jag få listan?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'tack, nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-17',
    class: 'longMessage',
    turns: [
      {
        text: "hello, I'm planning a workplace meeting about the Hemsjukhuset project in Borgholm and would like to invite whoever is responsible for it. who should I contact?",
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'and what is the project actually about',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'p15-18',
    class: 'spelling',
    turns: [
      {
        text: 'kristinberg, hur mång rub5:or har ingn fast läkarkontakt',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-19',
    class: 'spelling',
    turns: [
      {
        text: 'distrubution of rub5 patiens with sip over the helth centres',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'and for the ones withuot fast läkare',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
    ],
  },
  {
    id: 'p15-20',
    class: 'spelling',
    turns: [
      {
        text: 'telefonummer till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilen ocskå',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-21',
    class: 'spelling',
    turns: [
      {
        text: 'jamför morbylånga o farjestadn rub5 som haft kontakt med psyk',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-morbylanga', 'hc-farjestaden'],
          measure: 'psykiatri',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-22',
    class: 'spelling',
    turns: [
      {
        text: 'trend in ambulanse rides for rub5 at gripen hc since octobr',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-gripen',
          measure: 'ambulans',
          from: '2022-10',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-23',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av våra rub5 står utan egen doktor',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-24',
    class: 'ownWords',
    turns: [
      {
        text: "which of our sickest patients don't have a regular doctor? need the names for the team meeting",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next batch',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'actually show all of them, also the ones who already have a gp',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: false, lang: 'en' },
      },
    ],
  },
  {
    id: 'p15-25',
    class: 'ownWords',
    turns: [
      {
        text: 'på berga, hur många av rub5-gänget har fått komma tillbaka in på sjukhus strax efter utskrivning',
        expect: { kind: 'rubSummary', scope: 'hc-berga', measure: 'aterinlaggning', lang: 'sv' },
      },
      {
        text: 'och vi själva?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'aterinlaggning', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-26',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'can this channel get a roundup of the numbers every friday afternoon, say 3pm, for the whole county',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '15:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-27',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'kan ni sluta skicka sammanfattningen ett tag, vi har semester',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      {
        text: 'nu är vi tillbaka, sätt igång den igen',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      {
        text: 'vad har vi för utskick inlagda här',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-28',
    class: 'wordFormation',
    turns: [
      {
        text: 'rub5-patienternas sip-andel hälsocentralsvis',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-29',
    class: 'wordFormation',
    turns: [
      {
        text: 'basenhetschefen på blå kustens hc?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'hennes mejladress',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-30',
    class: 'wordFormation',
    turns: [
      {
        text: 'akutbesöksandelen bland rub5:orna på nybros hälsocentral',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', measure: 'akutbesok', lang: 'sv' },
      },
      {
        text: 'och hemsjukvårdsandelen',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', measure: 'hemsjukvard', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p15-31',
    class: 'wordFormation',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrevsprenumerationerna här i kanalen?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'avprenumerera', expect: { kind: 'digestUnsubscribe', lang: 'sv' } },
    ],
  },
  {
    id: 'p15-32',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrev för gripen, kristineberg och blå kusten varje onsdag 07:30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-kristineberg,hc-bla-kusten',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p15-33',
    class: 'details',
    turns: [
      {
        text: 'rub 3 at Emmaboda in February 2023, how many patients',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          level: 3,
          period: '2023-02',
          measure: 'patients',
          lang: 'en',
        },
      },
      {
        text: 'and level 5 same month',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          level: 5,
          period: '2023-02',
          measure: 'patients',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-34',
    class: 'details',
    turns: [
      {
        text: 'trend for rub5 rehab contacts in the region between november 2022 and march 2023',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'rehabilitering',
          from: '2022-11',
          to: '2023-03',
          lang: 'en',
        },
      },
      {
        text: 'and for löttorp',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-lottorp',
          measure: 'rehabilitering',
          from: '2022-11',
          to: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p15-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe us to the digest for Kalmar, mondays at 7 in the morning',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:00',
          digestScope: 'area:Kalmar',
          lang: 'en',
        },
      },
      { text: 'show me a preview', locale: 'en-US', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p15-36',
    class: 'language',
    turns: [
      {
        text: 'visa rub5/acg-siffrorna för hela regionen',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', lang: 'sv' },
      },
      {
        text: 'in english please, and for Högsby',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-hogsby', lang: 'en' },
      },
    ],
  },
  {
    id: 'p15-37',
    class: 'language',
    turns: [
      {
        text: 'I need the phone number of Mathias Karlsson',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'phone', lang: 'en' },
      },
      {
        text: 'and Ragnhild Holmberg?',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'en' },
      },
      { text: 'thanks a lot', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p15-38',
    class: 'language',
    turns: [
      { text: 'hej', locale: 'en-US', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'what can you do', locale: 'en-US', expect: { kind: 'help', lang: 'en' } },
      {
        text: "maria's phone number?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p15-39',
    class: 'plain',
    turns: [
      {
        text: 'vilka hc:n finns i oskarshamns kommun',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      { text: 'nummer till gripen', expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'sv' } },
    ],
  },
  {
    id: 'p15-40',
    class: 'plain',
    turns: [
      {
        text: "who's the contact person for the oskarsgruppen project",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'phone number for helene svensson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'en' },
      },
    ],
  },
  // ==================================================================== round p16 (issue 12)
  // A helper under the same rules: a mixed week of staff and managers, written at the same time as p17 and blind to it, after the p14/p15 fixes: 82/97 (84.5 %) before tuning.
  {
    id: 'p16-01',
    class: 'followUp',
    turns: [
      {
        text: 'mobilnr till maria alvinsson hilberth?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'och direktnumret',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      { text: 'tack snälla', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p16-02',
    class: 'followUp',
    turns: [
      {
        text: 'vem leder hemsjukhusprojektet på öland',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vad har han för nummer',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      { text: 'okej tack', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p16-03',
    class: 'followUp',
    turns: [
      {
        text: 'hi! new here. who should I contact about the Oskarshamn cluster?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'what are they focusing on',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'en' },
      },
      {
        text: 'and the target groups?',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
      { text: 'cheers', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p16-04',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 saknar fast läkare på gripen',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och för nybro?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'samma för oss',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-05',
    class: 'followUp',
    turns: [
      {
        text: "show me the rub 5 patients on our list who don't have a regular doctor",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 2,
          lang: 'en',
        },
      },
      {
        text: 'go back one page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p16-06',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen rub5 utan fast läkarkontakt förändrats i regionen sedan augusti 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          level: 5,
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och bara för kristineberg',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-kristineberg',
          level: 5,
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'jämför kristineberg med blå kusten i mars',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-bla-kusten'],
          period: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-07',
    class: 'followUp',
    turns: [
      {
        text: 'email for Maria?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'en' },
      },
      {
        text: 'the development lead one',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'en' },
      },
      {
        text: 'and her phone',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-08',
    class: 'followUp',
    turns: [
      {
        text: "who's the basenhetschef at blå kusten",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'en' },
      },
      {
        text: 'and at Kristineberg?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
      {
        text: 'her email pls',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-09',
    class: 'followUp',
    turns: [
      {
        text: 'what is Karlshamnspiloten about?',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'who took part in it',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'who do I reach out to about it',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-10',
    class: 'followUp',
    conversation: 'groupChat',
    turns: [
      {
        text: 'andel rub 5 med sip på högsby hc?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          level: 5,
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'i december då',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          level: 5,
          measure: 'withSip',
          period: '2022-12',
          lang: 'sv',
        },
      },
      {
        text: 'och rub 4',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          level: 4,
          measure: 'withSip',
          period: '2022-12',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-11',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för västervik, fredagar kl 13',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '13:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'vilka prenumerationer har vi här nu', expect: { kind: 'digestList', lang: 'sv' } },
      { text: 'visa hur brevet ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p16-12',
    class: 'followUp',
    turns: [
      {
        text: 'compare Vimmerby and Hultsfred on ED visits for rub 5',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-vimmerby', 'hc-hultsfred'],
          level: 5,
          measure: 'akutbesok',
          lang: 'en',
        },
      },
      {
        text: 'add Mörlunda too',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-vimmerby', 'hc-hultsfred', 'hc-morlunda'],
          level: 5,
          measure: 'akutbesok',
          lang: 'en',
        },
      },
      {
        text: 'what about ambulance rides',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-vimmerby', 'hc-hultsfred', 'hc-morlunda'],
          level: 5,
          measure: 'ambulans',
          lang: 'en',
        },
      },
      { text: 'thx', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p16-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'blå kustens basenhetschef heter vad?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'och gripens',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'hultsfredsklustrets deltagare',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'målgrupperna då',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'antal rub5:or som saknar fastläkare på stensö hc:n',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-16',
    class: 'wordFormation',
    turns: [
      {
        text: 'åkessons telefonnummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'althinis mejl också',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-17',
    class: 'wordFormation',
    turns: [
      {
        text: "Gripen's readmission figures for RUB 5",
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          level: 5,
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
      {
        text: "and Stensö's",
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          level: 5,
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p16-18',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska jag snacka med om alkoholgrejen i högsby',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vad har hon för mejl',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-19',
    class: 'ownWords',
    turns: [
      {
        text: "who's the go-to person for that home hospital thing in Borgholm",
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'can i get his direct line',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-20',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av våra rub 5:or har åkt in igen efter utskrivning',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          level: 5,
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-21',
    class: 'ownWords',
    turns: [
      {
        text: 'which of my band 5 folks have no named GP',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'en' },
      },
      {
        text: 'more',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p16-22',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det nån analytiker jag kan fråga om acg-siffrorna',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
      {
        text: 'och nån som sköter kommunikationen kring nära vård?',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'sv' },
      },
      {
        text: 'finns det fler samordnare i samordningsgruppen',
        expect: {
          kind: 'peopleByRole',
          role: 'samordnare',
          within: 'samordnande-arbetsgrupp',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-23',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Sara och har precis börjat som distriktssköterska i Högsby. Vi har en patient med alkoholproblem där även kommunen är inblandad, och jag undrar vem som är kontaktperson för samarbetet kring beroende mellan hc och kommunen?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-24',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm a locum GP from Norway and I'll be working at Esplanaden for three months from next week. My manager mentioned a home health care collaboration in Västervik that I should read up on. What is it focusing on?",
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'en',
        },
      },
      {
        text: 'and which units are involved',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p16-25',
    class: 'longMessage',
    turns: [
      {
        text: 'god morgon! jag är verksamhetschef på gripen och ska presentera läget på apt på torsdag. kan du ta fram andelen rub 5 med sip hos oss för februari',
        locale: 'en-US',
        expect: { kind: 'rubSummary', level: 5, measure: 'withSip', period: '2023-02', lang: 'sv' },
      },
      {
        text: 'och hur ser det ut för hela regionen samma månad',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          level: 5,
          measure: 'withSip',
          period: '2023-02',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-26',
    class: 'longMessage',
    turns: [
      {
        text: "Hi there, I just moved over from Region Skåne and I'm now heading the Mönsterås health centre. Could you set Mönsterås as my unit so I don't have to type it every time?",
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'en' },
      },
      {
        text: 'great. how many of our RUB 5 patients lack a fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and list them please',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-27',
    class: 'spelling',
    turns: [
      {
        text: 'telefon nummer till susana altini',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-28',
    class: 'spelling',
    turns: [
      {
        text: 'vem e basenhetchef på kristinberg hc',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'mobilnumer till henne',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-29',
    class: 'spelling',
    turns: [
      {
        text: 'whats marie ragnarsons mobile numbr',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'mobile', lang: 'en' },
      },
      {
        text: 'and her emial',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-30',
    class: 'spelling',
    turns: [
      {
        text: 'distrubution of rub5 without a fast läkare accross the helth centres',
        expect: {
          kind: 'rubDistribution',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      { text: 'ty!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p16-31',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Blå Kusten, Mondays at 7:30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-bla-kusten',
          lang: 'en',
        },
      },
      { text: 'pause it over the summer holidays', expect: { kind: 'digestPause', lang: 'en' } },
      {
        text: "we're back from vacation, turn the digest back on",
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-32',
    class: 'details',
    turns: [
      {
        text: 'trend för återinläggningar bland rub5 i hela länet från oktober till februari',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'aterinlaggning',
          scope: 'region',
          level: 5,
          from: '2022-10',
          to: '2023-02',
          lang: 'sv',
        },
      },
      {
        text: 'och för mörbylånga hc',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'aterinlaggning',
          scope: 'hc-morbylanga',
          level: 5,
          from: '2022-10',
          to: '2023-02',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p16-33',
    class: 'details',
    turns: [
      {
        text: 'list RUB 4 patients without fast läkarkontakt at my HC as of January 2023',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 4,
          without: true,
          period: '2023-01',
          lang: 'en',
        },
      },
      {
        text: 'page 3',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 4,
          without: true,
          period: '2023-01',
          page: 2,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p16-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'lägg upp veckobrevet för hela regionen här varje torsdag kl 9',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '09:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'byt till onsdagar klockan 14:30 istället',
        expect: { kind: 'digestSubscribe', weekday: 3, time: '14:30', lang: 'sv' },
      },
      {
        text: 'äh strunta i det, avsluta prenumerationen helt',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p16-35',
    class: 'language',
    turns: [
      { text: 'hej!', locale: 'en-US', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'vad kan du hjälpa mig med', locale: 'en-US', expect: { kind: 'help', lang: 'sv' } },
    ],
  },
  {
    id: 'p16-36',
    class: 'language',
    turns: [
      {
        text: 'what units do you have in Borgholm',
        expect: { kind: 'unitsInArea', municipality: 'Borgholm', lang: 'en' },
      },
      {
        text: 'and health centres in Nybro',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p16-37',
    class: 'language',
    turns: [
      {
        text: 'kan du checka andelen med sip på berga, rub 5',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-berga', level: 5, measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'thanks, and the same for Kvarnholmen?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          level: 5,
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p16-38',
    class: 'plain',
    turns: [
      {
        text: 'phone number anna dahl',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
      {
        text: 'what about ragnhild holmberg',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-39',
    class: 'plain',
    turns: [
      {
        text: 'which health centres are in Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'phone number for Gamleby',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'en' },
      },
    ],
  },
  {
    id: 'p16-40',
    class: 'plain',
    turns: [
      { text: 'kan du boka ett mötesrum till fredag', expect: { kind: 'unknown', lang: 'sv' } },
      {
        text: 'min hc är vimmerby',
        expect: { kind: 'setMyUnit', unit: 'hc-vimmerby', lang: 'sv' },
      },
      {
        text: 'vad har jimmy loord för mejl',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'sv' },
      },
    ],
  },
  // ==================================================================== round p17 (issue 12)
  // A helper under the same rules: people in a hurry (very short messages, dictation, corrections, detours), written at the same time as p16 and blind to it, scored after one fix made for p16: 75/97 (77.3 %) before tuning.
  {
    id: 'p17-01',
    class: 'followUp',
    turns: [
      { text: 'gripen nr', expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'sv' } },
      {
        text: 'och kristineberg',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'vem är bec där',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-02',
    class: 'followUp',
    turns: [
      {
        text: 'rub5 gripen',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', level: 5, lang: 'sv' },
      },
      {
        text: 'nej jag menade Kristineberg',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', level: 5, lang: 'sv' },
      },
      {
        text: 'hur många av dom har sip',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p17-03',
    class: 'plain',
    turns: [
      {
        text: 'nummer till hälsocentralen Björken',
        expect: { kind: 'unitLookup', unit: 'hc-emmaboda', lang: 'sv' },
      },
      {
        text: 'länssjukhusets växel',
        expect: { kind: 'unitLookup', unit: 'sjukhus-kalmar', lang: 'sv' },
      },
      {
        text: 'och öppenvårdspsykiatrin i vimmerby',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-04',
    class: 'followUp',
    turns: [
      {
        text: 'how many rub5 without fast läkare at Blå Kusten',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-bla-kusten',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'btw who is bec at blå kusten',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'en' },
      },
      {
        text: 'ok back to the GP thing, what about the whole region',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p17-05',
    class: 'language',
    turns: [
      {
        text: 'who is verksamhetschef at Borgholm health center',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: 'his phone number?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: 'sorry, I meant his email',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-06',
    class: 'followUp',
    turns: [
      {
        text: 'svensson mobil',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'maria',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'och helene då',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-07',
    class: 'followUp',
    turns: [
      {
        text: 'oskarsgruppen contact',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'what are they working on',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'who takes part',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p17-08',
    class: 'followUp',
    turns: [
      {
        text: 'which organisations are part of the Karlshamn pilot',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'target group?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
      {
        text: 'contact persons',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-09',
    class: 'followUp',
    turns: [
      {
        text: 'mina rub5 utan fast läkare',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
      {
        text: 'nästa sida',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 2,
          lang: 'sv',
        },
      },
      {
        text: 'föregående',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p17-10',
    class: 'followUp',
    turns: [
      {
        text: 'how has the share without named GP changed at Gripen since august 2022',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-gripen',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and for the whole region?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'compare Gripen with Blå Kusten',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p17-11',
    class: 'followUp',
    turns: [
      {
        text: 'I work at Stensö',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-stenso', lang: 'en' },
      },
      {
        text: 'how many rub 5 do we have',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', level: 5, measure: 'patients', lang: 'en' },
      },
      {
        text: 'and rub 4',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', level: 4, measure: 'patients', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-12',
    class: 'longMessage',
    turns: [
      {
        text: 'hej nära jag håller på att skriva ihop en rapport om nära vård till ledningsgruppen och undrar vem som var samordnare för nära vård på landstinget förut eller vem som är det nu',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
      {
        text: 'kan du ge mig telefonnumret till marie ragnarsson',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och vem ska jag prata med om hälsolotsen i högsby',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-13',
    class: 'language',
    turns: [
      {
        text: 'hej jag vill veta telefon nummer till Högsby hälsocentral',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-hogsby', lang: 'sv' },
      },
      {
        text: 'vem är allmänläkaren där',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'allmänläkare', unit: 'hc-hogsby', lang: 'sv' },
      },
      {
        text: 'och projektet om alkohol i Högsby, vem är kontakt?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-14',
    class: 'followUp',
    turns: [
      {
        text: 'rub5 nybro and emmaboda?',
        locale: 'en-US',
        expect: { kind: 'rubCompare', units: ['hc-nybro', 'hc-emmaboda'], level: 5, lang: 'en' },
      },
      {
        text: 'add Mönsterås too',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-nybro', 'hc-emmaboda', 'hc-monsteras'],
          level: 5,
          lang: 'en',
        },
      },
      {
        text: 'only the ER visits',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-nybro', 'hc-emmaboda', 'hc-monsteras'],
          level: 5,
          measure: 'akutbesok',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p17-15',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are in Västervik',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and Vimmerby',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Vimmerby',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'number to that one',
        expect: { kind: 'unitLookup', unit: 'hc-vimmerby', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-16',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev oskarshamn måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      {
        text: 'vad prenumererar vi på i den här kanalen',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'visa hur brevet ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p17-17',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'pause the weekly digest',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'actually no, start it again',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
      {
        text: 'forget it, cancel the subscription altogether',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-18',
    class: 'plain',
    turns: [
      { text: 'hjälp', expect: { kind: 'help', lang: 'sv' } },
      {
        text: 'mejl till Ragnhild Holmberg',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'sv' },
      },
      {
        text: 'vad är oskarsmodellen',
        expect: { kind: 'groupDetails', group: 'oskarsmodellen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-19',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe us to the digest for Gripen and Kristineberg, fridays 2 pm',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      { text: 'show me a preview', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p17-20',
    class: 'wordFormation',
    turns: [
      {
        text: 'Blå Kustens basenhetschef?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'Löttorps telefonnummer',
        expect: { kind: 'unitLookup', unit: 'hc-lottorp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-21',
    class: 'wordFormation',
    turns: [
      {
        text: 'RUB5:orna på Gripens lista som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'hc-gripen', level: 5, without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-22',
    class: 'wordFormation',
    turns: [
      {
        text: 'SIPs at Högsby HC',
        expect: { kind: 'rubSummary', scope: 'hc-hogsby', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'readmissions then, and ambulance?',
        expect: { kind: 'rubSummary', scope: 'hc-hogsby', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-23',
    class: 'wordFormation',
    turns: [
      {
        text: 'basenhetscheferna i oskarshamnsklustret',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
          lang: 'sv',
        },
      },
      { text: 'samordnarna?', expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' } },
    ],
  },
  {
    id: 'p17-24',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska man ringa om hemsjukhusgrejen på öland',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vad gör dom konkret',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-25',
    class: 'ownWords',
    turns: [
      {
        text: "how many of our sickest patients don't have their own doctor",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'which health centre has the most of those',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-26',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av de tyngsta patienterna hos oss har åkt ambulans',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och varit inne på akuten',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'akutbesok', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-27',
    class: 'ownWords',
    turns: [
      {
        text: 'who crunches the numbers in the coordination group',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'and who does their communication stuff',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'en' },
      },
      {
        text: 'ok give me contact details for everyone in that group',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-28',
    class: 'longMessage',
    turns: [
      {
        text: 'hej jag sitter i bilen och undrar hur många patienter på rub nivå fem som saknar fast läkarkontakt på mönsterås hälsocentral i januari alltså januari 2023 tack',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          period: '2023-01',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p17-29',
    class: 'longMessage',
    turns: [
      {
        text: 'Hi, I just started as basenhetschef and my colleague told me you can help with this. I would like to see a list of my RUB 5 patients who lack a fixed doctor contact, only the ones at my own health centre please',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-30',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Vi har ett möte med kommunen på torsdag om de sköraste äldre i hemsjukvården i Västervik och jag skulle vilja veta vem jag ska prata med i det projektet som Esplanaden driver kring hemsjukvården',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
      {
        text: 'vilka är med i det då och vad är målgruppen',
        expect: { kind: 'groupDetails', group: 'vastervik-esplanaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p17-31',
    class: 'spelling',
    turns: [
      {
        text: 'phon number ake akeson',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: 'mobile?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p17-32',
    class: 'spelling',
    turns: [
      {
        text: 'halsocentraler i hultsfed',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      { text: 'nr till morlunda', expect: { kind: 'unitLookup', unit: 'hc-morlunda', lang: 'sv' } },
    ],
  },
  {
    id: 'p17-33',
    class: 'spelling',
    turns: [
      {
        text: 'susana altini telefon',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
      {
        text: 'tack, och mejlen?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
      { text: 'tack så mycket', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p17-34',
    class: 'spelling',
    turns: [
      {
        text: 'forandring andel utan fast lakare aug 22 till mars 23 stora tradgardsgatan',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-stora-tradgardsgatan',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p17-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för hela regionen, onsdagar 07.30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '07:30',
          digestScope: 'region',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p17-36',
    class: 'details',
    turns: [
      {
        text: 'rub5 kalmar centrum dec 2022',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          level: 5,
          period: '2022-12',
          lang: 'sv',
        },
      },
      {
        text: 'och i mars',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kvarnholmen',
          level: 5,
          period: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p17-37',
    class: 'details',
    turns: [
      {
        text: 'distribution across the health centres for rub 5 without named GP, february 2023',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 5,
          period: '2023-02',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p17-38',
    class: 'language',
    turns: [
      {
        text: 'Can you give me number to the vårdcentral in Överum',
        expect: { kind: 'unitLookup', unit: 'hc-overum', lang: 'en' },
      },
      { text: 'who is chef there', expect: { kind: 'roleAtUnit', unit: 'hc-overum', lang: 'en' } },
      { text: 'thanks a lot', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p17-39',
    class: 'language',
    turns: [
      {
        text: 'jag vill ha listan med patienter utan fast doktor, nivå fem, min hälsocentral',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'sv' },
      },
      {
        text: 'nästa tack',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p17-40',
    class: 'plain',
    turns: [
      { text: 'hello', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: 'who is Jimmy Loord',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'en' },
      },
      { text: "what's the weather in Kalmar tomorrow", expect: { kind: 'unknown', lang: 'en' } },
    ],
  },
  // ==================================================================== round p18 (issue 12)
  // A helper under the same rules: the bot as a colleague a month in, staff and managers; written at the same time as p19 and blind to it, scored after the p19 fixes: 76/95 (80.0 %) before tuning.
  {
    id: 'p18-01',
    class: 'followUp',
    turns: [
      {
        text: 'tjena, kör ambulans uppe i oskarshamn. vem kontaktar man om oskarsgruppen',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'har helene nåt mobilnr',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'annas mejl då',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
      { text: 'toppen tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p18-02',
    class: 'followUp',
    turns: [
      {
        text: 'jobbar som kurator på psykiatrin, vad är det där med hälsolots i högsby',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vilka är inblandade',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'finns det nåt om beroende också där? vem är kontakt för det',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vilken hc sitter hon på',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-03',
    class: 'followUp',
    turns: [
      {
        text: "hi, who's the contact for the home hospital project in borgholm",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'his direct number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: "and the health centre's main number",
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-04',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 på gripen saknar fast läkarkontakt',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och för nybro?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'jämför dom två',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-nybro'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-05',
    class: 'followUp',
    turns: [
      {
        text: 'set my health centre to kristineberg',
        expect: { kind: 'setMyUnit', unit: 'hc-kristineberg', lang: 'en' },
      },
      {
        text: "list our rub 5 patients who don't have a regular doctor",
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'next',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-06',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'kan vi få veckobrevet i den här kanalen, för hela länet',
        expect: { kind: 'digestSubscribe', digestScope: 'region', lang: 'sv' },
      },
      { text: 'hur kommer det se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'vilka prenumerationer har vi här nu', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p18-07',
    class: 'followUp',
    turns: [
      {
        text: 'how has the share of rub5 without a named gp changed at esplanaden since aug 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'same for stora trädgårdsgatan',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-stora-tradgardsgatan',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and for us?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p18-08',
    class: 'followUp',
    turns: [
      {
        text: 'vem är julia ström',
        expect: { kind: 'personLookup', person: 'julia-strom', lang: 'sv' },
      },
      {
        text: 'vad sysslar gruppen hon sitter i med',
        expect: { kind: 'groupDetails', group: 'samordnande-arbetsgrupp', lang: 'sv' },
      },
      {
        text: 'har mathias karlsson mejl',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-09',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are there in västervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and in kalmar?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'phone number for stensö',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-10',
    class: 'followUp',
    turns: [
      {
        text: 'vilka är med i hultsfredsklustret',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson där',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
      {
        text: 'vad har dom för målgrupp',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-11',
    class: 'wordFormation',
    turns: [
      {
        text: 'åkessons mobilnummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'borgholmshälsocentralens växelnummer då',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-12',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem är kristinebergs bec',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och blåkustens',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'rub5:orna på mörlunda hc:n, hur många av dem har sip',
        expect: { kind: 'rubSummary', scope: 'hc-morlunda', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'återinläggningarna då',
        expect: { kind: 'rubSummary', scope: 'hc-morlunda', measure: 'aterinlaggning', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'oskarsgruppens kontaktpersoner',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'gripens basenhetschef då',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka kommunikatörer finns det',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'sv' },
      },
      {
        text: 'och utvecklingsledarna?',
        expect: { kind: 'peopleByRole', role: 'utvecklingsledare', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-16',
    class: 'ownWords',
    turns: [
      {
        text: 'vem är det som basar på borgholms hc',
        expect: { kind: 'roleAtUnit', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'har åke nån mejl',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-17',
    class: 'ownWords',
    turns: [
      {
        text: 'behöver snacka med nån som kan rub-siffrorna, typ en analytiker',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
      {
        text: 'hur får jag tag på honom',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-18',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av våra allra sjukaste saknar egen doktor',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur många har varit in på akuten',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'akutbesok', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-19',
    class: 'ownWords',
    turns: [
      {
        text: 'vem fixar det där med social förskrivning i högsby',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vad går det ut på egentligen',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-20',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka hc:n ligger sämst till med fast läkare för rub5',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'hur såg det ut i december',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p18-21',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jag är arbetsterapeut i kommunen i oskarshamn och har en brukare som är listad på blå kusten, vi behöver få till en sip men når ingen där. vem är basenhetschef på den hc:n?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'kan du ge mig hennes mejl',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-22',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a physio at Kalmar county hospital and started last month, so I'm still learning who does what. We're reworking our discharge routines and was told to talk to the nära vård coordinator. Who is that?",
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-23',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, sitter och förbereder apt imorgon och vill visa lite siffror för gänget. kan du ta fram hur stor andel av våra rub5 som har sip, gärna för mars',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withSip',
          period: '2023-03',
          lang: 'sv',
        },
      },
      { text: 'tack, perfekt', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p18-24',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej alla! Jag samordnar nära vård-arbetet i norra länet och vill att kanalen får ett veckobrev varje fredag kl 13 med siffrorna för Esplanaden, Stora Trädgårdsgatan och Gamleby',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '13:00',
          digestScope: 'units:hc-esplanaden,hc-stora-tradgardsgatan,hc-gamleby',
          lang: 'sv',
        },
      },
      { text: 'visa ett exempel på hur det blir', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p18-25',
    class: 'longMessage',
    turns: [
      {
        text: 'hej, jag är ssk i kommunala hemsjukvården i nybro och en kollega tipsade om att höra av mig till karin på regionen som jobbar med digitala tjänster. vem är det och har du hennes nummer',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
      {
        text: 'ok, eller ragnhild holmberg då, hon hade nåt med patientkontrakt',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-26',
    class: 'spelling',
    turns: [
      {
        text: 'telefonummer till susana altini',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-27',
    class: 'spelling',
    turns: [
      {
        text: 'hur mång rub5 patineter saknar fast läkre på högbsy',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hulstfred då',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hultsfred',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p18-28',
    class: 'spelling',
    turns: [
      {
        text: 'vad jobbar karlshamnspiloetn med',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', lang: 'sv' },
      },
      {
        text: 'vilka var med i den',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p18-29',
    class: 'spelling',
    turns: [
      {
        text: 'compare grippen with kristinberg and bla kusten',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p18-30',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrev för oskarshamn, måndagar 07.30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'pausa det över sommaren', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'nu är semestern slut, dra igång veckobrevet igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-31',
    class: 'details',
    turns: [
      {
        text: 'rub 4 at stensö for january',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', level: 4, period: '2023-01', lang: 'en' },
      },
      {
        text: 'and rub 3?',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', level: 3, period: '2023-01', lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-32',
    class: 'details',
    turns: [
      {
        text: 'trenden för ambulansresor bland rub5 i hela regionen från oktober till mars',
        expect: {
          kind: 'rubTrend',
          measure: 'ambulans',
          scope: 'region',
          from: '2022-10',
          to: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'samma för oss',
        expect: {
          kind: 'rubTrend',
          measure: 'ambulans',
          scope: 'mine',
          from: '2022-10',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p18-33',
    class: 'details',
    turns: [
      {
        text: 'lista rub 4-patienterna utan fast läkare på min hc',
        expect: { kind: 'patientList', scope: 'mine', level: 4, without: true, lang: 'sv' },
      },
      {
        text: 'gå till sida 3',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 4,
          without: true,
          page: 2,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p18-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for the health centres in kalmar municipality, thursdays at 9',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '09:00',
          digestScope: 'area:Kalmar',
          lang: 'en',
        },
      },
      { text: 'preview it', locale: 'en-US', expect: { kind: 'digestPreview', lang: 'en' } },
      {
        text: 'actually, unsubscribe us',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-35',
    class: 'language',
    turns: [
      {
        text: 'vem är verksamhetschef på borgholm',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: "what's his number",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-36',
    class: 'language',
    turns: [
      {
        text: 'hey can u show me the list of rub5 patients at my hc that have no fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page pls',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-37',
    class: 'language',
    turns: [
      {
        text: 'fördelningen mellan hc:na för rub5 utan fast läkarkontakt',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'och samma för sip',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p18-38',
    class: 'language',
    turns: [
      {
        text: 'who is lina öhlin',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'lina-ohlin', lang: 'en' },
      },
      {
        text: 'who are the other contacts for that pilot',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p18-39',
    class: 'plain',
    turns: [
      { text: 'hej', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'kan du boka tolk till en patient imorgon', expect: { kind: 'unknown', lang: 'sv' } },
      { text: 'okej vad kan du hjälpa till med då', expect: { kind: 'help', lang: 'sv' } },
    ],
  },
  {
    id: 'p18-40',
    class: 'plain',
    turns: [
      {
        text: 'mejladress till jimmy loord',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'sv' },
      },
      {
        text: 'telefon till maria då',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
      {
        text: 'maria svensson',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  // ==================================================================== round p19 (issue 12)
  // A helper under the same rules: mostly English, staff recruited from abroad and Swedes on English clients; written at the same time as p18 and blind to it, after the p16/p17 fixes: 79/96 (82.3 %) before tuning.
  {
    id: 'p19-01',
    class: 'followUp',
    turns: [
      {
        text: 'hi, who is the basenhetschef at kristineberg? hope i spelled that right',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
      {
        text: 'her mobile?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'en' },
      },
      {
        text: 'email then?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
      { text: 'great, thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p19-02',
    class: 'followUp',
    turns: [
      {
        text: 'how many of the rub5 patients at gripen have no regular doctor',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'what about nybro',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'same for us',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'can you put all three side by side',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-nybro', 'mine'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p19-03',
    class: 'followUp',
    turns: [
      {
        text: "show me our rub 5 patients who don't have a named GP",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 5, without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 2,
          lang: 'en',
        },
      },
      {
        text: 'back one page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p19-04',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Västervik, tuesdays 7.30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '07:30',
          digestScope: 'area:Västervik',
          lang: 'en',
        },
      },
      {
        text: 'can i see what it will look like?',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
      {
        text: 'actually pause it for now, half the team is on leave',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: "ok we're back, turn it on again",
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-05',
    class: 'followUp',
    turns: [
      {
        text: "what's the hemsjukhuset project in borgholm about?",
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: "who's involved in it",
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'and who do i call about it',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'his number pls',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-06',
    class: 'followUp',
    turns: [
      {
        text: 'har andelen rub5 utan fast läkare minskat hos oss sen augusti 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          level: 5,
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och i hela regionen?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          level: 5,
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'samma sak för SIP',
        locale: 'en-US',
        expect: { kind: 'rubTrend', measure: 'withSip', level: 5, from: '2022-08', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-07',
    class: 'followUp',
    turns: [
      {
        text: 'svensson mobile?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'mobile', lang: 'en' },
      },
      {
        text: 'the one in oskarshamn',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'en' },
      },
      {
        text: 'ok. email then',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-08',
    class: 'followUp',
    turns: [
      {
        text: 'hur ligger vi till jämfört med nybro när det gäller akutbesök för rub 5?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          level: 5,
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'och ambulans?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          level: 5,
          measure: 'ambulans',
          lang: 'sv',
        },
      },
      {
        text: 'visa det för alla hälsocentraler',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', level: 5, measure: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-09',
    class: 'followUp',
    turns: [
      {
        text: 'who can i talk to in the nära vård coordination group?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'en' },
      },
      {
        text: 'which one of them is the analyst',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: "what's his email",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-10',
    class: 'followUp',
    turns: [
      {
        text: 'sätt min hc till stensö',
        locale: 'sv-SE',
        expect: { kind: 'setMyUnit', unit: 'hc-stenso', lang: 'sv' },
      },
      {
        text: 'hur många rub 5 har vi',
        locale: 'sv-SE',
        expect: { kind: 'rubSummary', scope: 'mine', level: 5, measure: 'patients', lang: 'sv' },
      },
      {
        text: 'och hur många av dem har sip',
        locale: 'sv-SE',
        expect: { kind: 'rubSummary', scope: 'mine', level: 5, measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-11',
    class: 'followUp',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vad är fokus i hultsfredsklustret?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'focus', lang: 'sv' },
      },
      {
        text: 'målgrupper?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-12',
    class: 'wordFormation',
    turns: [
      {
        text: "who's Gripen's BEC?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-gripen', lang: 'en' },
      },
      {
        text: "and Blå Kusten's?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'en' },
      },
      {
        text: 'and all the BECs in the Oskarshamn cluster?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p19-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'numret till Borgholms hälsocentral',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'och Löttorps?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-lottorp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-14',
    class: 'wordFormation',
    turns: [
      {
        text: "the oskarshamn cluster's contact people?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: "and the högsby cluster's",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'hur många RUB5:or saknar fast läkarkontakt på Mönsterås HC?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur stor andel har SIP:ar där?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          level: 5,
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p19-16',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka av våra allra sjukaste patienter har ingen egen doktor?',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'bara de på rub 4',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', level: 4, without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-17',
    class: 'ownWords',
    turns: [
      {
        text: 'who actually knows the numbers behind the RUB dashboards? is there an analyst somewhere',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-18',
    class: 'ownWords',
    turns: [
      {
        text: 'how often do the most complex patients end up in A&E, across the whole county?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'akutbesok', lang: 'en' },
      },
      {
        text: 'and readmissions?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'aterinlaggning', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-19',
    class: 'ownWords',
    turns: [
      {
        text: 'that home care collaboration in västervik, what are they actually trying to achieve?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'en',
        },
      },
      {
        text: "who's taking part",
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p19-20',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm a GP who moved here from Ireland and started at Nybro HC two weeks ago. My manager told me to get to know the complex patients first. Could you list the RUB 5 patients at our health centre who don't have a fast läkarkontakt yet?",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-nybro', level: 5, without: true, lang: 'en' },
      },
      {
        text: 'next page please',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'hc-nybro',
          level: 5,
          without: true,
          page: 1,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p19-21',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm Priya, a locum nurse at Esplanaden in Västervik for the next few weeks. A relative of one of our home care patients asked me about the collaboration between the health centre and the municipality around home health care. Who is the contact person for that project?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'en' },
      },
      {
        text: 'ok, who takes part in it then?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p19-22',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag har precis börjat som verksamhetsutvecklare i primärvården och ska jobba med fast läkarkontakt framöver. Som en första bild vill jag se hur andelen RUB 5 utan fast läkarkontakt har utvecklats från augusti till mars i hela regionen, går det?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          level: 5,
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p19-23',
    class: 'longMessage',
    turns: [
      {
        text: "Good morning, I'm an external consultant helping the primary care administration with a capacity review. First I need an overview of which health centers are in Kalmar municipality. Could you list them?",
        locale: 'sv-SE',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'and which hospitals are there in the county?',
        locale: 'sv-SE',
        expect: { kind: 'unitsInArea', unitKind: 'sjukhus', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-24',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: "Hi all, I coordinate the Nära vård work in the northern part of the county and I'd like this channel to get the digest every Friday at 2 pm, covering Gamleby, Ankarsrum and Överum. Can you set that up?",
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gamleby,hc-ankarsrum,hc-overum',
          lang: 'en',
        },
      },
      {
        text: 'and show me a preview',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-25',
    class: 'spelling',
    turns: [
      {
        text: 'phone nr for ake akeson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: 'and the bec at kristineburg?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-26',
    class: 'spelling',
    turns: [
      {
        text: 'vilka halsocentraler finns i vastervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p19-27',
    class: 'spelling',
    turns: [
      {
        text: 'susana altini in hogsby, her email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'en' },
      },
      { text: 'thnaks!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p19-28',
    class: 'spelling',
    turns: [
      {
        text: 'kontaktuppgifter till marie ragnarson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'sv' },
      },
      {
        text: 'telefon?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-29',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för hela regionen, onsdagar kl 9',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '09:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'gör det på torsdagar i stället',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', weekday: 4, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-30',
    class: 'details',
    turns: [
      {
        text: 'rub 4 utan fast läkare på kvarnholmen, sida 2',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'hc-kvarnholmen',
          level: 4,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'hc-kvarnholmen',
          level: 4,
          without: true,
          page: 2,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p19-31',
    class: 'details',
    turns: [
      {
        text: 'akutbesök bland rub5 på färjestaden mellan november och februari',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'akutbesok',
          scope: 'hc-farjestaden',
          level: 5,
          from: '2022-11',
          to: '2023-02',
          lang: 'sv',
        },
      },
      {
        text: 'och bara fram till januari?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'akutbesok',
          scope: 'hc-farjestaden',
          level: 5,
          from: '2022-11',
          to: '2023-01',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p19-32',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: "please resume the weekly digest, we're back from the holidays",
        locale: 'sv-SE',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
      {
        text: 'and list the subscriptions this channel has',
        locale: 'sv-SE',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-33',
    class: 'language',
    turns: [
      {
        text: 'vilka vårdcentraler finns det i oskarshamn',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i hultsfred?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'vem är bec på mörlunda',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-morlunda', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-34',
    class: 'language',
    turns: [
      {
        text: 'telefon till maria svensson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'hennes mejl då',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-35',
    class: 'language',
    turns: [
      {
        text: "Hi, I'm a Danish doctor and my Swedish isn't great yet. Who is the contact person for the alcohol and dependence project in Högsby?",
        locale: 'sv-SE',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      { text: 'thank you!', locale: 'sv-SE', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p19-36',
    class: 'language',
    turns: [
      {
        text: 'what does the hälsolots project do?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'en' },
      },
      {
        text: 'kan du ta det på svenska istället? vilka är med i projektet?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p19-37',
    class: 'plain',
    turns: [
      { text: 'hi there', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } },
      { text: 'what can you do?', locale: 'en-US', expect: { kind: 'help', lang: 'en' } },
      {
        text: 'can you book the big meeting room at stensö for friday?',
        locale: 'en-US',
        expect: { kind: 'unknown', lang: 'en' },
      },
    ],
  },
  {
    id: 'p19-38',
    class: 'plain',
    turns: [
      {
        text: 'vilka var med i karlshamnspiloten?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'och vilka är kontaktpersoner där',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-39',
    class: 'plain',
    conversation: 'channel',
    turns: [
      { text: 'visa veckobrevet', locale: 'sv-SE', expect: { kind: 'digestPreview', lang: 'sv' } },
      {
        text: 'avsluta prenumerationen',
        locale: 'sv-SE',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p19-40',
    class: 'plain',
    turns: [
      {
        text: 'contact details for Jimmy Loord',
        locale: 'sv-SE',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'en' },
      },
      {
        text: "what's the phone number to Gripen HC",
        locale: 'sv-SE',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'en' },
      },
    ],
  },
  // ==================================================================== round p20 (issue 12)
  // A helper under the same rules: a representative week; written at the same time as p21 and blind to it, after the p18/p19 fixes: 81/95 (85.3 %) before tuning.
  {
    id: 'p20-01',
    class: 'followUp',
    turns: [
      {
        text: 'behöver få tag på anna dahl på blå kusten, har du hennes nummer',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejlen också?',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
      {
        text: 'vem är bec på kristineberg då',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'har du hennes mobilnr',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-02',
    class: 'spelling',
    turns: [
      {
        text: 'telefn till åke åkeson i borgholm',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'o lötorp hälsocentral vad har dom för nummer',
        expect: { kind: 'unitLookup', unit: 'hc-lottorp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-03',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka är det som jobbar som samordnare för nära vård',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
      {
        text: 'hur når jag marie',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'sv' },
      },
      { text: 'tackar!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p20-04',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och är distriktssköterska i kommunens hemsjukvård i Oskarshamn. Vi har ganska många gemensamma patienter med Gripen och Kristineberg och en kollega sa att det finns nåt som heter Oskarsgruppen som jobbar med just samverkan kring dom mest komplexa. Vem ska jag höra av mig till där?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'vad har dom för målgrupp egentligen',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-05',
    class: 'language',
    turns: [
      {
        text: "who's the contact for the alcohol dependence collaboration in Högsby?",
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      {
        text: 'what is her email',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-06',
    class: 'followUp',
    turns: [
      {
        text: 'svenssons mejladress?',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'sv' },
      },
      {
        text: 'helene',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-07',
    class: 'plain',
    turns: [
      {
        text: 'telefonnummer till ragnhild holmberg',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      { text: 'jimmy loord då', expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' } },
    ],
  },
  {
    id: 'p20-08',
    class: 'wordFormation',
    turns: [
      {
        text: 'öppenvårdspsykiatrins nummer i vimmerby?',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
      { text: 'och ambulansens', expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' } },
    ],
  },
  {
    id: 'p20-09',
    class: 'followUp',
    turns: [
      {
        text: 'how do i reach the ER in vastervik',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'en' },
      },
      {
        text: 'and the municipality there?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'vasterviks-kommun', lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-10',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns det i västervik',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'i hultsfreds kommun då',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'numret till mörlunda',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-morlunda', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-11',
    class: 'followUp',
    turns: [
      {
        text: 'vilka är med i hemsjukhuset på öland',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'vem är kontaktperson',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vad har han för telefon',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      { text: 'tack så mkt', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p20-12',
    class: 'language',
    turns: [
      {
        text: 'what was the karlshamn pilot project about',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'who took part in it',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'do you have a number for rebecca welander',
        expect: { kind: 'personLookup', person: 'rebecca-welander', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka bec:ar är med i oskarshamnsklustret',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
          lang: 'sv',
        },
      },
      {
        text: 'nummer till den på blå kusten',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-14',
    class: 'language',
    turns: [
      {
        text: 'who is head of operations at borgholm health centre?',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: 'his direct number?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'har du nummer till smedby vårdcentral',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'sv' },
      },
      {
        text: 'vilka hc:n finns i kalmar kommun då',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-16',
    class: 'language',
    turns: [
      {
        text: 'vem är analytiker i samordningsgruppen',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
      {
        text: 'mathias mejl',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-17',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det nån hälsolots i högsby? vem ska man prata med',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vad är tanken med det hela',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-18',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a new ST doctor at Stensö and I started this week. I'm doing a quality improvement project on our most complex patients and my supervisor told me there is an analyst in the regional coordination group who does the RUB/ACG analyses. Who is that?",
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'can i have his email',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-19',
    class: 'spelling',
    turns: [
      {
        text: 'kontaktuppgiftr till juila ström',
        expect: { kind: 'personLookup', person: 'julia-strom', lang: 'sv' },
      },
      {
        text: 'mobil?',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-20',
    class: 'language',
    turns: [
      {
        text: 'emma rydhs mejl',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'sv' },
      },
      {
        text: 'och telefon',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-21',
    class: 'followUp',
    turns: [
      { text: 'min hc är gripen', expect: { kind: 'setMyUnit', unit: 'hc-gripen', lang: 'sv' } },
      {
        text: 'hur många rub5:or har vi utan fast läkare',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'visa vilka det är',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-22',
    class: 'longMessage',
    turns: [
      {
        text: 'hej! jag är ny basenhetschef på esplanaden sen januari och håller på att sätta mig in i hur vi jobbar med dom allra mest komplexa patienterna inför verksamhetsplaneringen. hur stor andel av rub 5-patienterna på esplanaden har en sip idag?',
        expect: { kind: 'rubSummary', scope: 'hc-esplanaden', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och hur ser det ut i hela regionen',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-23',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler har flest rub5 utan fast läkare',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'samma för rub 4',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          lang: 'sv',
        },
      },
      {
        text: 'och hur såg det ut i januari 2023',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          period: '2023-01',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-24',
    class: 'details',
    turns: [
      {
        text: 'how has the share of rub 5 without a regular doctor changed at kristineberg since august 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-kristineberg',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and region-wide?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p20-25',
    class: 'followUp',
    turns: [
      {
        text: 'jämför blå kusten, gripen och kristineberg på andel med sip',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'och akutbesöken?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-26',
    class: 'details',
    turns: [
      {
        text: 'rub 5 på norrliden nov 2022 - hur många hade återinläggning',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-norrliden',
          period: '2022-11',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
      {
        text: 'och ambulans',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-norrliden',
          period: '2022-11',
          measure: 'ambulans',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-27',
    class: 'language',
    turns: [
      {
        text: 'lista rub5-patienterna som saknar fast läk på min hc',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'gå tillbaka en sida',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 0, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-28',
    class: 'followUp',
    turns: [
      {
        text: 'how many rub 5 patients in the region went by ambulance',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'ambulans', lang: 'en' },
      },
      {
        text: 'what about psychiatry contacts',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'psykiatri', lang: 'en' },
      },
      {
        text: 'split that by health centre',
        expect: { kind: 'rubDistribution', measure: 'psykiatri', lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-29',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av våra tyngsta patienter har hemsjukvård',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'hemsjukvard', lang: 'sv' },
      },
      {
        text: 'och hur många av dom står utan fast läkare',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-30',
    class: 'spelling',
    turns: [
      {
        text: 'utvekling för andelen med sip på monsterås från aug 22 till mars 23',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-monsteras',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'samma för gripen',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-gripen',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-31',
    class: 'ownWords',
    turns: [
      {
        text: 'hur ligger vi till mot nybro när det gäller fast läkarkontakt bland rub 5',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'ta med stensö också',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro', 'hc-stenso'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-32',
    class: 'plain',
    turns: [
      {
        text: 'show me the rub 5 patients at vimmerby hc',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-vimmerby', lang: 'en' },
      },
      {
        text: 'only the ones with no named GP',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-vimmerby', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-vimmerby', without: true, page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-33',
    class: 'wordFormation',
    turns: [
      {
        text: 'enligt acg, hur många rub4:or har färjestadens hc',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          level: 4,
          measure: 'patients',
          lang: 'sv',
        },
      },
      {
        text: 'och rub5:orna?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          level: 5,
          measure: 'patients',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p20-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för gripen och kristineberg, måndagar 7.30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'sv',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p20-35',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests is this channel subscribed to?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'pause it over the summer',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'actually turn it back on',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'en' },
      },
    ],
  },
  {
    id: 'p20-36',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'kan ni skicka en veckosammanställning hit varje fredag kl 14 för hela länet',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'nej ändra till torsdagar',
        expect: { kind: 'digestSubscribe', weekday: 4, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-37',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      { text: 'vilka vekobrev går till dnna kanal', expect: { kind: 'digestList', lang: 'sv' } },
      {
        text: 'avsluta det, vi behöver det inte längre',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-38',
    class: 'plain',
    turns: [
      { text: 'god morgon', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'vad kan man fråga dig om', expect: { kind: 'help', lang: 'sv' } },
      {
        text: 'kan du boka ett möte med min chef på fredag',
        expect: { kind: 'unknown', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p20-39',
    class: 'plain',
    turns: [
      { text: 'hi there', expect: { kind: 'greeting', lang: 'en' } },
      { text: 'what can you do?', expect: { kind: 'help', lang: 'en' } },
    ],
  },
  {
    id: 'p20-40',
    class: 'plain',
    turns: [
      {
        text: 'Phone for Marie Ragnarsson?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'phone', lang: 'en' },
      },
      { text: 'thx!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  // ==================================================================== round p21 (issue 12)
  // A helper under the same rules: first-week users, polite and long or two words like a search box; written at the same time as p20 and blind to it: 84/98 (85.7 %) before tuning.
  {
    id: 'p21-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej, vem är Susanna Althini?',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
      {
        text: 'har du hennes mejladress?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
      { text: 'tack snälla', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p21-02',
    class: 'followUp',
    turns: [
      {
        text: 'hur många RUB 5 har vi som saknar fast läkarkontakt',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och för Nybro?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'jämför oss med dem',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-nybro'], lang: 'sv' },
      },
      {
        text: 'visa vilka det är hos oss',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-03',
    class: 'followUp',
    turns: [
      {
        text: 'Who do I contact about the home hospital project in Borgholm?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: "what's his number",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: 'and does he have an email address',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-04',
    class: 'followUp',
    turns: [
      {
        text: 'lista alla basenhetschefer',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'sv' },
      },
      {
        text: 'visa fler',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 2, lang: 'sv' },
      },
      {
        text: 'vem av dem sitter på Blå Kusten?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-05',
    class: 'followUp',
    turns: [
      {
        text: "show me my RUB5 patients who don't have a regular doctor",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'en' },
      },
      {
        text: 'go back a page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-06',
    class: 'followUp',
    turns: [
      {
        text: 'vad håller Västerviksklustret på med?',
        expect: { kind: 'groupDetails', group: 'vastervik-esplanaden', lang: 'sv' },
      },
      {
        text: 'vilka är med i det?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'och målgruppen?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
      {
        text: 'finns det nån kontaktperson',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-07',
    class: 'followUp',
    turns: [
      { text: 'Maria', expect: { kind: 'personLookup', person: 'ambiguous', lang: 'sv' } },
      {
        text: 'hon som är utvecklingsledare',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'sv' },
      },
      {
        text: 'mobilnummer?',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-08',
    class: 'followUp',
    turns: [
      {
        text: 'How many RUB 5 patients are listed at Gripen?',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'patients', lang: 'en' },
      },
      {
        text: 'and at Kristineberg?',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'patients', lang: 'en' },
      },
      {
        text: 'how many of those have a SIP',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'same for us please',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-09',
    class: 'followUp',
    turns: [
      {
        text: 'kontaktuppgifter till Stensö hälsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'sv' },
      },
      {
        text: 'vem är verksamhetschef där?',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-stenso', lang: 'sv' },
      },
      {
        text: 'och på Borgholm?',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-10',
    class: 'followUp',
    turns: [
      {
        text: 'how has the share of RUB5 patients without a regular GP changed since August?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'only for Mönsterås',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-monsteras',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'actually, start from October instead',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-monsteras',
          from: '2022-10',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p21-11',
    class: 'followUp',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vem ska jag vända mig till om Högsbyprojektet kring alkohol och beroende?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vad är det de jobbar med mer konkret',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'har du hennes telefonnummer',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-12',
    class: 'followUp',
    turns: [
      {
        text: 'is there a nära vård coordinator I could talk to?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: "the one at the planning unit, what's her mobile?",
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'en',
        },
      },
      { text: 'great, thanks a lot!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p21-13',
    class: 'plain',
    turns: [
      {
        text: 'min hälsocentral är Färjestaden',
        expect: { kind: 'setMyUnit', unit: 'hc-farjestaden', lang: 'sv' },
      },
      { text: 'RUB5 för oss', expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' } },
    ],
  },
  {
    id: 'p21-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'Åkessons nummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och Althinis?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'RUB5-patienterna utan fastläkare på Gripens HC',
        expect: { kind: 'patientList', scope: 'hc-gripen', without: true, lang: 'sv' },
      },
      {
        text: 'Gripens återinläggningsandel',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'aterinlaggning', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-16',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hultsfredsklustrets deltagare',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'Karlshamnspilotens kontaktpersoner',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-17',
    class: 'wordFormation',
    turns: [
      {
        text: 'vårdcentralerna i Västerviks kommun',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och sjukhusen?',
        expect: { kind: 'unitsInArea', municipality: 'Västervik', unitKind: 'sjukhus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-18',
    class: 'wordFormation',
    turns: [
      { text: 'samordnarna', expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' } },
      {
        text: 'analytikern i samordningsgruppen',
        expect: {
          kind: 'peopleByRole',
          role: 'analytiker',
          within: 'samordnande-arbetsgrupp',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p21-19',
    class: 'ownWords',
    turns: [
      {
        text: 'vem är det som bestämmer på Gripen egentligen?',
        expect: { kind: 'roleAtUnit', unit: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'och vem är chef för Blå Kusten då',
        expect: { kind: 'roleAtUnit', unit: 'hc-bla-kusten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-20',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av våra tyngsta patienter har åkt ambulans det senaste året?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-21',
    class: 'ownWords',
    turns: [
      {
        text: 'vem snackar man med om hemsjukhuset uppe på Öland?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'går det att ringa honom?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-22',
    class: 'ownWords',
    turns: [
      {
        text: 'which health centre is worst at giving its RUB5 patients a named GP?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      {
        text: 'and which one has the most ER visits?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'akutbesok', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-23',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka av våra multisjuka gamlingar har ingen fast doktor?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      { text: 'kan du boka om min tandläkartid också', expect: { kind: 'unknown', lang: 'sv' } },
    ],
  },
  {
    id: 'p21-24',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är ny som basenhetschef på Nybro hälsocentral sedan i måndags och en kollega tipsade om den här tjänsten. Jag skulle gärna vilja veta hur många av våra patienter på RUB-nivå 5 som saknar fast läkarkontakt, om det går att få fram. Tack på förhand!',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'Kan du komma ihåg att Nybro är min hälsocentral, så slipper jag skriva det varje gång?',
        expect: { kind: 'setMyUnit', unit: 'hc-nybro', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-25',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a district nurse in Vimmerby and we have an elderly patient in home care who keeps ending up at the emergency department. I would like to talk to someone who works with nära vård at the regional level. Could you tell me who the coordinators are?",
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-26',
    class: 'longMessage',
    turns: [
      {
        text: 'God morgon, jag sitter i ledningsgruppen för primärvården norr och vi ska ha möte på torsdag. Skulle du kunna ta fram hur andelen RUB 5-patienter utan fast läkare har utvecklats från augusti 2022 till mars 2023 för Esplanaden? Det vore jättebra.',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-esplanaden',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'Och samma sak för Gamleby, tack',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-gamleby',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p21-27',
    class: 'longMessage',
    turns: [
      {
        text: 'Hello there, I work at the county hospital in Kalmar and next week we are discharging a patient who is listed at Blå Kusten in Oskarshamn. I need to reach the person in charge of that health centre before the care planning meeting. Who should I contact?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', unit: 'hc-bla-kusten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-28',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej allihop och hej Nära! Vi i samordningsgruppen skulle vilja få ett veckobrev här i kanalen varje måndag morgon klockan åtta, med siffrorna för hela regionen. Går det att ordna?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'kan vi få se hur det kommer att se ut först?',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
      { text: 'toppen, tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p21-29',
    class: 'spelling',
    turns: [
      {
        text: 'telefonumer till kristineberg hc',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'vem är basenhetchef där',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-30',
    class: 'spelling',
    turns: [
      {
        text: 'who is Mathias Karlson',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', lang: 'en' },
      },
      {
        text: 'his mail adress?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-31',
    class: 'spelling',
    turns: [
      {
        text: 'hur mnga rub5 utan fast lakare pa hogsby',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hogsby',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p21-32',
    class: 'spelling',
    turns: [
      {
        text: 'vilka delatr i oskarsgrupen',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'kontaktpersonr?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-33',
    class: 'spelling',
    turns: [
      {
        text: 'conatct details for Esplanden health centre',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-esplanaden', lang: 'en' },
      },
      {
        text: 'and Stora Tradgardsgatan',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-stora-tradgardsgatan', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för Oskarshamn, fredagar kl 14',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'pausa veckobrevet över sommaren', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'nu är vi tillbaka från semestern, starta det igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      {
        text: 'nej förresten, vi avslutar veckobrevet helt',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-35',
    class: 'details',
    turns: [
      {
        text: 'RUB 4 at Berga in December',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-berga', level: 4, period: '2022-12', lang: 'en' },
      },
      {
        text: 'and January?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-berga', level: 4, period: '2023-01', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to a weekly digest for Gripen and Kristineberg, Tuesdays at 7:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'actually, make it Wednesdays',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', weekday: 3, lang: 'en' },
      },
      {
        text: 'what subscriptions does this channel have now?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p21-37',
    class: 'details',
    turns: [
      {
        text: 'jämför Stensö, Berga och Norrliden – andel RUB5 med SIP i februari',
        expect: {
          kind: 'rubCompare',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          measure: 'withSip',
          level: 5,
          period: '2023-02',
          lang: 'sv',
        },
      },
      {
        text: 'samma jämförelse fast för januari',
        expect: {
          kind: 'rubCompare',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          measure: 'withSip',
          period: '2023-01',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p21-38',
    class: 'language',
    turns: [
      { text: 'Hello! What can you do?', expect: { kind: 'help', lang: 'en' } },
      {
        text: 'list the health centres in Kalmar',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p21-39',
    class: 'language',
    turns: [
      { text: 'hej hej', locale: 'en-US', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'kan du visa fördelningen mellan hälsocentralerna för återinläggningar',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'aterinlaggning', lang: 'sv' },
      },
      {
        text: 'och för RUB 4?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'aterinlaggning', level: 4, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p21-40',
    class: 'plain',
    turns: [
      { text: 'Torsås hälsocentral', expect: { kind: 'unitLookup', unit: 'notFound', lang: 'sv' } },
      {
        text: 'vem är Ragnhild Holmberg',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
    ],
  },
  // Round p22 (issue 12): long messages and typos, written blind; before tuning 67/96 (69.8 %).
  {
    id: 'p22-01',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är distriktssköterska i hemsjukvården i Borgholms kommun och har precis börjat här efter många år i Kalmar. Vi har flera patienter som är med i Hemsjukhuset och jag undrar vem som är kontakperson för det projektet?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'har han nåt telefonummer jag kan ringa?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och mejladressen till honom?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-02',
    class: 'spelling',
    turns: [
      {
        text: 'Hej, jag jobbar som sjuksköterska på Gripens HC i Oskarshamn och vi ska ha ett samverkansmöte med Kristinberg nästa vecka. Vem är basenhetschef där?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och på Blå Kusten då?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-03',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm an ambulance nurse based in Västervik and we keep getting called out to the same frail patients who have home care. I heard there's a colaboration project around hemsjukvård here in Västervik – what are they focusing on?",
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'en',
        },
      },
      {
        text: 'ok and who is taking part in it?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p22-04',
    class: 'followUp',
    turns: [
      {
        text: 'Hej, jag är basenhetschef på Mönsterås hälsocentral sedan i höstas och håller på att gå igenom våra mest komplexa patienter. Kan du visa vilka av våra RUB 5-patienter som saknar fast läkarkontkat?',
        expect: { kind: 'patientList', scope: 'hc-monsteras', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'hc-monsteras', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa sida tack',
        expect: { kind: 'patientList', scope: 'hc-monsteras', without: true, page: 2, lang: 'sv' },
      },
      {
        text: 'gå tillbaka en sida',
        expect: { kind: 'patientList', scope: 'hc-monsteras', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-05',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag arbetar som samordnare på öppenvårdspsykiatrin i Vimmerby och vi har blivit inbjudna att delta i Hultsfredsklustret. Innan första mötet vill jag gärna veta vilak andra verksamheter som är med i det projektet?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson för projektet?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-06',
    class: 'spelling',
    turns: [
      {
        text: 'God morgon. Jag är verksamhetschef för Esplanaden och Stora Trädgårdsgatan och ska dra läget för ledningsgruppen i eftermiddag. Hur många RUB5-patineter har Esplanaden just nu?',
        expect: { kind: 'rubSummary', scope: 'hc-esplanaden', measure: 'patients', lang: 'sv' },
      },
      {
        text: 'och Stora Trädgårdsgatan?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stora-tradgardsgatan',
          measure: 'patients',
          lang: 'sv',
        },
      },
      {
        text: 'och andelen med SIP där?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stora-tradgardsgatan',
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p22-07',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm a newly arrived ST doctor at Högsby health centre and my Swedish is still not great. Our team works on alcohol dependence together with the kommun – who is the contact person for that projcet?",
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      {
        text: 'thanks! and what are the target groups for it?',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p22-08',
    class: 'followUp',
    turns: [
      {
        text: "hey, I'm coordinating a SIP for a patient listed at Kristineberg and need to reach the manager there. Whats the name of the basenhetschef at Kristinebergs HC?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
      {
        text: 'what about her email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
      {
        text: 'and her phone nr',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-09',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är distriktssjuksköterska i Oskarshamns kommun och sitter med i Oskarsgruppen sen i våras. Jag har tappat bort vilka som är kontaktpersoner från regionens sida, kan du hjäpa mig med det?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'vad är det dom fokuserar på i arbetet?',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-10',
    class: 'spelling',
    turns: [
      {
        text: 'Hejsan! Jobbar som usk på Nybro HC och min chef bad mig kolla upp numret till Åke Åkeson på Borgholm, han som har hand om hemsjukhuset',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'finns det nåt mobilnr till honom?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-11',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm the basenhetschef at Vimmerby health centre and I'm preparing for a meeting with the region about fast läkarkontakt. How has the share of our RUB 5 patients without a named GP changed betwen August 2022 and March 2023?",
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-vimmerby',
          from: '2022-08',
          to: '2023-03',
          lang: 'en',
        },
      },
      {
        text: 'and for the whole region?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          to: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p22-12',
    class: 'followUp',
    turns: [
      {
        text: 'Hej! Jag har precis tagit över som basenhetschef på Gamleby hälsocentral efter min föregångare. Kan du sätta Gamleby som min HC så jag slipper skiva det varje gång?',
        expect: { kind: 'setMyUnit', unit: 'hc-gamleby', lang: 'sv' },
      },
      {
        text: 'visa mina rub5 patienter som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'hur många av våra RUB5 har åkt ambulans senaste året?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-13',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag sitter i ledningsgruppen för primärvården och ska presentera läget för nära vård på nästa hälsovalsmöte. Kan du visa fördelnignen mellan hälsocentralerna för RUB5-patienter som saknar fast läkarkontakt, gärna för mars 2023?',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          period: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'och hur ser fördelningen ut för andelen med SIP?',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-14',
    class: 'spelling',
    turns: [
      {
        text: "Hi, I work as a nurse at Kalmar county hospital and I'm helping organise a nära vård workshop in the spring. Can you give me the phone number for Maria Alvinson Hilberth at the planning unit?",
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'en',
        },
      },
      {
        text: 'does she have a mobile as well?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p22-15',
    class: 'followUp',
    turns: [
      {
        text: 'Hej! Jag är sjuksköterska på Hultsfreds HC och var på ett möte om nära vård i höstas. Det var en Maria från regionen som sa att jag kunde höra av mig, kan du ta fram hennes kontaktuppgifer?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', lang: 'sv' },
      },
      {
        text: 'Svensson tror jag',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'sv' },
      },
      {
        text: 'har hon nån mejladress?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-16',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är ambulanssjuksköterska och har precis flytat till Västervik från Linköping, så jag känner inte till länet så bra än. Vilka hälsocentraler finns det i Västerviks kommun?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Oskarshamn?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p22-17',
    class: 'spelling',
    turns: [
      {
        text: 'Jag är BEC på Blå Kusten och vi har pratat mycket om att våra sköraste patienter hamnar på akuten. Kan du jämföra Blå Kusten med Gripen och Kristinebreg för RUB 5, hur många som besökt akuten?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'samma sak fast för återinläggningar',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p22-18',
    class: 'longMessage',
    turns: [
      {
        text: "Good afternoon, I'm a psychiatry coordinator in Kalmar and I want to set up regular meetings with the people driving the nära vård trasition. Who are the samordnare for nära vård in the region?",
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: 'and the basenhetschefer?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-19',
    class: 'followUp',
    turns: [
      {
        text: 'Hej, jag heter Lena och är distriktssköterska i Högsby kommun. Vi ska starta upp ett samarbete kring en patient med alkoholproblem och jag fick tips om att prata med Susanna Althni på hälsocentralen. Vad har hon för nummer?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
      {
        text: 'ok, då ringer jag hälsocentralen istället. vad har dom för nummer?',
        expect: { kind: 'unitLookup', unit: 'hc-hogsby', lang: 'sv' },
      },
      { text: 'tack så jättemycket!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p22-20',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag jobbar på primärvårdsförvaltningen och håller på med en rapport till sjukvårdsledningen om de mest komplexa patienterna. Hur många i RUB 5 har haft en återinläggnig i hela regionen?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'aterinlaggning', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-21',
    class: 'spelling',
    turns: [
      {
        text: "Hi there, I'm the new verksamhetschef at Stensö and still finding my way around the systems. Can you set my helth centre to Stensö?",
        expect: { kind: 'setMyUnit', unit: 'hc-stenso', lang: 'en' },
      },
      {
        text: 'how many of our RUB 5 patients have ongoing home care?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'hemsjukvard', lang: 'en' },
      },
      {
        text: 'and how many have been in contact wiht psychiatry?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'psykiatri', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-22',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej allihop! Jag är samordnare för nära vård i norra länet och vill att vi i den här kanalen får ett veckobrev om läget i Västervik. Kan du skicka det varje mådag klockan 8?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      {
        text: 'kan du visa hur det ser ut redan nu?',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-23',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: "Hi all, I'm the coordinator for the Oskarshamn cluster. We'd like a weekly digest in this chanel covering the health centres in Oskarshamn, every Friday at 9 am please",
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '09:00',
          digestScope: 'area:Oskarshamn',
          lang: 'en',
        },
      },
      {
        text: 'which subscriptions does this channel have now?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'on second thought we get too many posts in here, please unsubscribe us from the digest',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-24',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej, vi är några chefer på Nybro HC som delar den här kanalen. Kan vi få ett veckobev för Nybro hälsocentral varje tisdag kl 7.30?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '07:30',
          digestScope: 'units:hc-nybro',
          lang: 'sv',
        },
      },
      {
        text: 'vilka veckobrev är det som går till kanalen nu?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-25',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej! Vi pausade veckobrevet här i kanalen över sommaren när halva enheten hade semster. Nu är alla tillbaka, så kan du sätta igång det igen?',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      {
        text: 'visa gärna hur nästa brev ser ut så jag vet att det funkar',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-26',
    class: 'followUp',
    turns: [
      {
        text: 'Hej. Jag är basenhetschef på Färjestadens HC och vi ska ha verksamhetsdialog med primärvårdsledningen på torsdag. Kan du ge mig en sammanfatning för RUB 5 hos oss?',
        expect: { kind: 'rubSummary', scope: 'hc-farjestaden', lang: 'sv' },
      },
      {
        text: 'och för Mörbylånga?',
        expect: { kind: 'rubSummary', scope: 'hc-morbylanga', lang: 'sv' },
      },
      {
        text: 'kan du jämföra Färjestaden med Mörbylånga sida vid sida?',
        expect: { kind: 'rubCompare', units: ['hc-farjestaden', 'hc-morbylanga'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-27',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm a district nurse in Emmaboda kommun. A colleage told me to contact Niklas Föghner about primary care funding for our home care project – can you find his email?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'en' },
      },
      {
        text: "hmm ok. can I talk to Mathias Karlsson instead? what's his email",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-28',
    class: 'spelling',
    turns: [
      {
        text: 'Hej, jag är ny som ambulanssjuksköterska i Kalmar och behöver numret till Lindsdals hälsocentral, vi har en patient som vill att vi kontatkar hans läkare där',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'sv' },
      },
      { text: 'okej, Berga HC då?', expect: { kind: 'unitLookup', unit: 'hc-berga', lang: 'sv' } },
    ],
  },
  {
    id: 'p22-29',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej Nära! Jag är verksamhetschef på Kvarnholmen och vi har jobbat hårt sedan i höstas med att ge alla multisjuka en fast läkare. Hur har andelen RUB5 utan fast läkarkontakt utveklats hos oss sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-kvarnholmen',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och om du jämför Kvarnholmen med Berga?',
        expect: { kind: 'rubCompare', units: ['hc-kvarnholmen', 'hc-berga'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-30',
    class: 'followUp',
    turns: [
      {
        text: "Hi, I'm a nurse manager in home care in Nybro kommun. We read about the Karlshamn pilot with the phone line between hemtjänst and the vårdcentral and want to try something simillar. What did they focus on?",
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', aspect: 'focus', lang: 'en' },
      },
      {
        text: 'who can I contact about it?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: "what's Rebecka Welander's email?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'rebecca-welander', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-31',
    class: 'spelling',
    turns: [
      {
        text: 'Hej, jag jobbar som samordnare inom psykiatrin och vill bjuda in alla basenhetschefer till en workshop om SIP i vår. Kan du lista alla basenhetchefer i regionen?',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-32',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är basenhetschef på Emmaboda HC (Björken) och vi ska börja med patientkontrakt för de mest komplexa patienerna. Kan jag få en lista på våra patienter i RUB 4 som inte har någon fast läkare?',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-emmaboda', level: 4, without: true, lang: 'sv' },
      },
      {
        text: 'och samma för RUB 5',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-emmaboda', level: 5, without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-33',
    class: 'followUp',
    turns: [
      {
        text: 'Hej, jag är kommunikatör på Hultsfreds kommun och vi vill skriva om nära vård i kommunens personaltidning. Jag fick namnet Emma Ryd från en kollega, kan du ge mig hennes mejl?',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'sv' },
      },
      {
        text: 'och telefon?',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'sv' },
      },
      {
        text: 'vilka är kontaktpersoner i samordnande arbetsgrupen?',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'sv' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p22-34',
    class: 'spelling',
    turns: [
      {
        text: "hi, quick one – I'm an ambulance nurse in Kalmar and we need to reach someone at Stenso HC about a patient we brought in last night. whats their phone number?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'en' },
      },
      {
        text: 'and Norrliden?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-norrliden', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-35',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är psykiatrisamordnare på Öppenvårdspsykiatrin i Vimmerby och har en gemensam patient med Borgholm. Vem är verksamhetchef på Borgholms hälsocentral nu för tiden?',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-36',
    class: 'followUp',
    turns: [
      {
        text: 'Hej, jag är BEC på Hultsfreds HC och ska följa upp vårt SIP-arbete inför nästa år. Hur stor andel av RUB 5-patienterna hos oss hadde SIP i december 2022?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hultsfred',
          measure: 'withSip',
          period: '2022-12',
          lang: 'sv',
        },
      },
      {
        text: 'och i mars 2023?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hultsfred',
          measure: 'withSip',
          period: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'hur har det förändrats mellan de två månaderna?',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-hultsfred',
          from: '2022-12',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p22-37',
    class: 'longMessage',
    turns: [
      {
        text: "Hello! I'm a medical student on a summer placement at the planning unit and my supervisor asked me to pull together numbers on the most complex patients. How many RUB 5 patients in the region visited the emergency departmnet?",
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'akutbesok', lang: 'en' },
      },
      {
        text: 'and how many went by ambulance?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'ambulans', lang: 'en' },
      },
    ],
  },
  {
    id: 'p22-38',
    class: 'spelling',
    turns: [
      {
        text: 'Hej! Distriktssköterska i Torsås kommun här, vi vill komma igång med nära vård-arbetet hos oss. Kan du ge mig kontaktuppgifter till Marie Ragnarson, samordnaren?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'sv' },
      },
      {
        text: 'mobilnummer?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'mobile', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-39',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Maria och är nyanställd sjuksköterska på Mörlunda hälsocentral. Min chef sa att jag kunde använda den här boten, men jag vet inte riktigt vad jag kan fråga om. Vad kan du hjälpa till med?',
        expect: { kind: 'help', lang: 'sv' },
      },
      {
        text: 'ok, vilka hälsocentraler finns i Hultsfreds kommun?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'vad har Mörlunda för telefonnumer',
        expect: { kind: 'unitLookup', unit: 'hc-morlunda', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p22-40',
    class: 'followUp',
    turns: [
      {
        text: "Hi, I'm verksamhetschef at Löttorp and I'm writing up our part of the Hemsjukhuset project for the anual report. Can you remind me what the target group is?",
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
      {
        text: 'and who are the participants?',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
          lang: 'en',
        },
      },
      { text: 'tack, det räcker för nu', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  // Round p23 (issue 12): a representative week, written blind; before tuning 85/95 (89.5 %).
  {
    id: 'p23-01',
    class: 'followUp',
    turns: [
      {
        text: 'Hej! Vet nån vad Susanna Althini på Högsby HC har för telefonnummer?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och mejlen?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p23-02',
    class: 'followUp',
    turns: [
      {
        text: "what's the email address for Emma Rydh?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'en' },
      },
      {
        text: 'and her phone number',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'en' },
      },
      {
        text: 'mobile?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-03',
    class: 'followUp',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholms hälsocentral nuförtiden?',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'vad har han för nummer?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-04',
    class: 'followUp',
    turns: [
      {
        text: 'Who should I get in touch with about Oskarsgruppen?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'what are they focusing on?',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'en' },
      },
      {
        text: 'and who takes part?',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p23-05',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska man snacka med om alkoholproblem i Högsby, finns det nåt samarbete med kommunen?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-06',
    class: 'followUp',
    turns: [
      {
        text: 'numret till akuten i Västervik',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'sv' },
      },
      {
        text: 'och Oskarshamn?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
      { text: 'och ambulansen?', expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' } },
    ],
  },
  {
    id: 'p23-07',
    class: 'followUp',
    turns: [
      {
        text: 'how do I reach Högsby kommun?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hogsby-kommun', lang: 'en' },
      },
      {
        text: 'and the 1177 line?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'vardguiden-1177', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-08',
    class: 'followUp',
    turns: [
      {
        text: 'har ni kontaktuppgifter till öppenvårdspsykiatrin i Vimmerby?',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
      {
        text: 'och Vimmerby hälsocentral?',
        expect: { kind: 'unitLookup', unit: 'hc-vimmerby', lang: 'sv' },
      },
      { text: 'tack så mycket', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p23-09',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det nån samordnare jag kan ringa om nära vård?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
      {
        text: 'vad har Marie Ragnarsson för mejl?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-10',
    class: 'followUp',
    turns: [
      {
        text: 'who is the basenhetschef at Blå Kusten?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'en' },
      },
      {
        text: 'what about Kristineberg?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-11',
    class: 'followUp',
    turns: [
      {
        text: 'Jag jobbar på Stensö, kan du komma ihåg det?',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-stenso', lang: 'sv' },
      },
      {
        text: 'hur stor andel av RUB 5-patienterna i hela regionen har en SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och hos oss?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      { text: 'tack', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p23-12',
    class: 'followUp',
    turns: [
      {
        text: 'How many RUB 5 patients at Gripen lack a regular doctor?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'how about Gamleby?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gamleby',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and Ankarsrum',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-ankarsrum',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and for the whole region?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p23-13',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen utan fast läkarkonakt förändrats sen augusti 2022 på Esplanaden?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och i hela länet?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'visa fördelningen mellan HC:arna också',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-14',
    class: 'details',
    turns: [
      {
        text: 'Show the trend in SIP share for Nybro from October 2022 to March 2023',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-nybro',
          from: '2022-10',
          to: '2023-03',
          lang: 'en',
        },
      },
      {
        text: 'and for Vimmerby?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-vimmerby',
          from: '2022-10',
          to: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p23-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka HC har flest RUB 5-patienter utan fast läkare?',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'samma sak fast för SIP',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-16',
    class: 'followUp',
    turns: [
      {
        text: 'jämför Mönsterås och Högsby när det gäller andel med SIP',
        expect: {
          kind: 'rubCompare',
          units: ['hc-monsteras', 'hc-hogsby'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'lägg till Hultsfred också',
        expect: {
          kind: 'rubCompare',
          units: ['hc-monsteras', 'hc-hogsby', 'hc-hultsfred'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p23-17',
    class: 'followUp',
    turns: [
      {
        text: 'my health centre is Färjestaden',
        expect: { kind: 'setMyUnit', unit: 'hc-farjestaden', lang: 'en' },
      },
      {
        text: 'compare us with Mörbylånga on patients without a named GP',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-morbylanga'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      { text: "thanks, that's useful", expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p23-18',
    class: 'followUp',
    turns: [
      {
        text: 'visa listan på våra RUB5-patienter som inte har nån fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
      {
        text: 'gå tillbaka en sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-19',
    class: 'followUp',
    turns: [
      {
        text: "list the RUB 5 patients at Kvarnholmen who don't have a regular doctor",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-kvarnholmen', without: true, lang: 'en' },
      },
      {
        text: 'next page please',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'hc-kvarnholmen',
          without: true,
          page: 1,
          lang: 'en',
        },
      },
      {
        text: 'previous',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          scope: 'hc-kvarnholmen',
          without: true,
          page: 0,
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p23-20',
    class: 'spelling',
    turns: [
      {
        text: 'hur många rub5 patienter har Kristinbergs hc som åkt ambulans',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och besökt akuten?',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'akutbesok', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-21',
    class: 'spelling',
    turns: [
      {
        text: 'telefonummer till Maria Alvinson Hilbert',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p23-22',
    class: 'followUp',
    turns: [
      {
        text: "I need Maria's number",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'en' },
      },
      {
        text: 'Maria Svensson, the development lead',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-23',
    class: 'plain',
    turns: [
      {
        text: 'har du mejl till Ragnhild Holmberg som drev patientkontrakten?',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-24',
    class: 'followUp',
    turns: [
      {
        text: 'vad går Hemsjukhuset i Borgholm ut på?',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vilken målgrupp har dom?',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
      {
        text: 'vem är kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-25',
    class: 'followUp',
    turns: [
      {
        text: 'which organisations take part in the Karlshamn pilot?',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'who are the contacts?',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-26',
    class: 'followUp',
    turns: [
      {
        text: 'Vilka halsocentraler har vi i Västerviks kommun?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Kalmar?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'sjukhus då?',
        expect: { kind: 'unitsInArea', municipality: 'Kalmar', unitKind: 'sjukhus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-27',
    class: 'language',
    turns: [
      {
        text: 'vem är analytiker i samordningsgruppen?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
      {
        text: 'och kommunikatören?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-28',
    class: 'language',
    turns: [
      {
        text: 'Is there a contact person for the hälsolots project in Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'en' },
      },
      {
        text: 'what does it focus on?',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', aspect: 'focus', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-29',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'kan vi få ett veckobrev hit i kanalen varje måndag 07:30 med Oskarshamns hälsocentraler?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p23-30',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'set up a weekly digest for Gripen and Blå Kusten, Fridays at 2 pm',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-bla-kusten',
          lang: 'en',
        },
      },
      {
        text: 'what digests is this channel signed up for?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-31',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'pausa veckobrevet under semestern',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      {
        text: 'dags att starta veckobrevet igen',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-32',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'can I see what the digest will look like before it goes out?',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p23-33',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'vi vill ha veckobrevet för hela länet på torsdagar klockan nio',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '09:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'och avsluta det gamla veckobrevet för Västervik',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-34',
    class: 'followUp',
    turns: [
      { text: 'hi', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } },
      { text: 'what can you help me with?', locale: 'en-US', expect: { kind: 'help', lang: 'en' } },
    ],
  },
  {
    id: 'p23-35',
    class: 'followUp',
    turns: [
      {
        text: 'hur funkar den här boten, vad kan jag fråga om?',
        expect: { kind: 'help', lang: 'sv' },
      },
      {
        text: 'vem är utvecklingsledare i nära vård-gruppen?',
        expect: { kind: 'peopleByRole', role: 'utvecklingsledare', lang: 'sv' },
      },
      {
        text: 'hennes mejl',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-36',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är ny som basenhetschef och ska ha ett första möte med kommunen om hemsjukvården i Västervik nästa vecka. Finns det något samverkansprojekt där och vem är i så fall kontaktperson?',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
      {
        text: 'och Västerviks kommun, har du ett nummer dit?',
        expect: { kind: 'unitLookup', unit: 'vasterviks-kommun', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p23-37',
    class: 'longMessage',
    turns: [
      {
        text: "We're preparing the quarterly review for the management team and I need the number of RUB 5 patients who had a readmission across the whole county, ideally for March 2023",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'region',
          measure: 'aterinlaggning',
          period: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p23-38',
    class: 'followUp',
    turns: [
      {
        text: 'hur ser det ut med RUB 4 på Emmaboda, hur många har hemsjukvård?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          level: 4,
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
      {
        text: 'och nivå 5?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          level: 5,
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p23-39',
    class: 'followUp',
    turns: [
      { text: 'kan du boka om min tandläkartid?', expect: { kind: 'unknown', lang: 'sv' } },
      { text: 'ok, vad kan du hjälpa till med då?', expect: { kind: 'help', lang: 'sv' } },
    ],
  },
  {
    id: 'p23-40',
    class: 'followUp',
    turns: [
      {
        text: "Good morning! Who's the operations developer in the coordination group?",
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'verksamhetsutvecklare', lang: 'en' },
      },
      {
        text: 'her emial?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'email', lang: 'en' },
      },
      { text: 'cheers', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  // Round p24 (issue 12): a representative week of staff users, written blind; before tuning
  // 94/97 (96.9 %).
  {
    id: 'p24-01',
    class: 'plain',
    turns: [
      { text: 'Hej', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'vad kan man fråga dig om?', expect: { kind: 'help', lang: 'sv' } },
      {
        text: 'ok, vad finns det för enheter i Högsby?',
        expect: { kind: 'unitsInArea', lang: 'sv', municipality: 'Högsby' },
      },
    ],
  },
  {
    id: 'p24-02',
    class: 'followUp',
    turns: [
      {
        text: 'telefonnummer till Helene Svensson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
      {
        text: 'och hennes mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'email' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p24-03',
    class: 'followUp',
    turns: [
      {
        text: 'vem kontaktar jag angående Hemsjukhuset i Borgholm',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'har han mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'email' },
      },
      {
        text: 'vad går projektet ut på egentligen?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
    ],
  },
  {
    id: 'p24-04',
    class: 'language',
    turns: [
      {
        text: 'nummer till Esplanadens hälsocentral',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-esplanaden' },
      },
      {
        text: 'och Gamleby?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gamleby' },
      },
      { text: 'tack så mycket', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p24-05',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Karin och jobbar som distriktssköterska i kommunens hemsjukvård i Högsby. Vi får allt fler brukare med alkoholproblem och jag har hört att hälsocentralen driver ett samverkansprojekt kring beroende. Vem är kontaktperson för det?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'och vad har Högsby hälsocentral för telefonnummer?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-hogsby' },
      },
    ],
  },
  {
    id: 'p24-06',
    class: 'spelling',
    turns: [
      {
        text: 'mobilnr till marie ragnarson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson', field: 'mobile' },
      },
      {
        text: 'mejl då',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p24-07',
    class: 'language',
    turns: [
      {
        text: 'Hi, who is the contact person for the Oskarshamn cluster?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'oskarshamn-cluster' },
      },
      {
        text: "what's Anna Dahl's email?",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'anna-dahl', field: 'email' },
      },
      {
        text: "and Helene's?",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'email' },
      },
      { text: 'thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p24-08',
    class: 'followUp',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholms hc',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'och på Löttorp?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-lottorp' },
      },
    ],
  },
  {
    id: 'p24-09',
    class: 'details',
    turns: [
      {
        text: 'vad jobbar Västerviksklustret med?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'vastervik-esplanaden' },
      },
      {
        text: 'vilken målgrupp har de?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
        },
      },
      {
        text: 'och Hultsfred då?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'targetGroups' },
      },
      {
        text: 'vilka deltar där?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'participants' },
      },
    ],
  },
  {
    id: 'p24-10',
    class: 'ownWords',
    turns: [
      {
        text: 'vad har ambulansverksamheten för telefonnummer? alltså inte 112 utan till kontoret',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'ambulans' },
      },
      { text: 'och 1177?', expect: { kind: 'unitLookup', lang: 'sv', unit: 'vardguiden-1177' } },
    ],
  },
  {
    id: 'p24-11',
    class: 'followUp',
    turns: [
      {
        text: 'vem kan jag kontakta i samordnande arbetsgruppen för nära vård?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'samordnande-arbetsgrupp' },
      },
      {
        text: 'mejl till Julia Ström',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'email' },
      },
      {
        text: 'och Emma?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'email' },
      },
      { text: 'tack så mycket', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p24-12',
    class: 'language',
    turns: [
      { text: 'Good morning!', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: 'Could you give me the switchboard number for Kalmar county hospital?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'sjukhus-kalmar' },
      },
    ],
  },
  {
    id: 'p24-13',
    class: 'spelling',
    turns: [
      {
        text: 'vem är basenhetschef på kristinebergs hälsocentrak',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'och verksamhetschefen där?',
        expect: {
          kind: 'roleAtUnit',
          lang: 'sv',
          role: 'verksamhetschef',
          unit: 'hc-kristineberg',
        },
      },
    ],
  },
  {
    id: 'p24-14',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns det i Oskarshamn?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'och i Västervik?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'telefon till Ankarsrum',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-ankarsrum' },
      },
      {
        text: 'vem är basenhetschef där?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-ankarsrum' },
      },
    ],
  },
  {
    id: 'p24-15',
    class: 'wordFormation',
    turns: [
      {
        text: 'finns det nån verksamhetsutvecklare i nära vård-gruppen?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'verksamhetsutvecklare' },
      },
      {
        text: 'vad har hon för telefonnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'phone' },
      },
    ],
  },
  {
    id: 'p24-16',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag jobbar på ambulansen i norra länet och vi har fått höra att Hultsfreds hälsocentral har ett projekt där ambulansen ska vara med, något om rätt patienter till akuten. Vad är det de vill uppnå med projektet?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred' },
      },
      {
        text: 'vilka fler deltar?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'participants' },
      },
    ],
  },
  {
    id: 'p24-17',
    class: 'language',
    turns: [
      {
        text: 'Maria Alvinsson Hilberths direktnummer',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'har hon mobil också?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
    ],
  },
  {
    id: 'p24-18',
    class: 'spelling',
    turns: [
      {
        text: "What's the number for bla kusten health centre?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-bla-kusten' },
      },
    ],
  },
  {
    id: 'p24-19',
    class: 'ownWords',
    turns: [
      {
        text: 'jag behöver prata med någon om hälsolotsen i Högsby',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-halsolots' },
      },
      {
        text: 'vad är en hälsolots egentligen?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hogsby-halsolots' },
      },
      {
        text: 'vilka är med i det?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hogsby-halsolots',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p24-20',
    class: 'details',
    turns: [
      {
        text: 'What is the target group for the home hospital in Borgholm?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'hemsjukhuset-borgholm',
          aspect: 'targetGroups',
        },
      },
      {
        text: "and who's taking part?",
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
        },
      },
      {
        text: 'who is the contact?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
    ],
  },
  {
    id: 'p24-21',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är ST-läkare på Högsby HC sedan i måndags och ska vara med i beroendeprojektet. Har du Susanna Althinis telefonnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'phone' },
      },
      {
        text: 'mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'email' },
      },
    ],
  },
  {
    id: 'p24-22',
    class: 'spelling',
    turns: [
      {
        text: 'matias karlson analytiker mobil',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'mobile' },
      },
      {
        text: 'å mejlen?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p24-23',
    class: 'followUp',
    turns: [
      {
        text: 'mejl till Maria på nära vård',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'email' },
      },
      {
        text: 'Svensson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'email' },
      },
      {
        text: 'och hennes telefon',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p24-24',
    class: 'plain',
    turns: [
      {
        text: 'hur många rub5 saknar fast läkarkontakt hos oss?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och hur såg det ut i januari?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          period: '2023-01',
        },
      },
    ],
  },
  {
    id: 'p24-25',
    class: 'followUp',
    turns: [
      {
        text: 'my HC is Gripens hälsocentral',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'en', unit: 'hc-gripen' },
      },
      {
        text: 'how many of our RUB 5 patients have a SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', level: 5, measure: 'withSip' },
      },
      {
        text: 'and at Kristineberg?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'withSip',
        },
      },
    ],
  },
  {
    id: 'p24-26',
    class: 'ownWords',
    turns: [
      {
        text: 'hur har andelen rub 5 utan fast läkare förändrats sen augusti?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          level: 5,
          from: '2022-08',
        },
      },
      {
        text: 'jämför Esplanaden och Stora Trädgårdsgatan',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-esplanaden', 'hc-stora-tradgardsgatan'],
          measure: 'withoutFastLakarkontakt',
          level: 5,
        },
      },
    ],
  },
  {
    id: 'p24-27',
    class: 'wordFormation',
    turns: [
      {
        text: 'lista på våra rub5-patienter som saknar fast läkare',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', level: 5, without: true },
      },
      {
        text: 'nästa sida',
        expect: {
          kind: 'patientList',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
        },
      },
    ],
  },
  {
    id: 'p24-28',
    class: 'plain',
    turns: [
      {
        text: 'Need the number to Färjestaden health centre please',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-farjestaden' },
      },
    ],
  },
  {
    id: 'p24-29',
    class: 'longMessage',
    turns: [
      {
        text: "Hello! I'm a locum GP starting at Mönsterås hälsocentral next week and I'm still finding my way around. Who is the basenhetschef there?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'basenhetschef', unit: 'hc-monsteras' },
      },
    ],
  },
  {
    id: 'p24-30',
    class: 'spelling',
    turns: [
      {
        text: 'telfon till åke åkesson borgholm',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'har han mobil',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p24-31',
    class: 'ownWords',
    turns: [
      {
        text: 'växeln oskarshamns sjukhus?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-oskarshamn' },
      },
      { text: 'hur bokar man tolk förresten', expect: { kind: 'unknown', lang: 'sv' } },
    ],
  },
  {
    id: 'p24-32',
    class: 'details',
    turns: [
      {
        text: 'Hej! Vad gör Oskarsgruppen?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'finns det någon kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'ok. vad har Gripen för nummer då',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gripen' },
      },
      { text: 'tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p24-33',
    class: 'language',
    turns: [
      {
        text: 'vilka basenhetschefer finns i Oskarshamnsklustret?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          lang: 'sv',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
        },
      },
      {
        text: 'telefon till Anna Dahl',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'phone' },
      },
      { text: 'ok tack', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p24-34',
    class: 'ownWords',
    turns: [
      {
        text: 'is there an analyst who works with the RUB data?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'analytiker' },
      },
      {
        text: 'his phone number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p24-35',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are there in Kalmar municipality?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'and in Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
        },
      },
    ],
  },
  {
    id: 'p24-36',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Lena Berglund at Stensö?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'notFound', field: 'phone' },
      },
      {
        text: 'ok, Stensö health centre then',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-stenso' },
      },
      { text: 'cheers', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p24-37',
    class: 'ownWords',
    turns: [
      {
        text: 'vad var det där Karlshamnspiloten för nåt?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'karlshamnspiloten' },
      },
    ],
  },
  {
    id: 'p24-38',
    class: 'wordFormation',
    turns: [
      {
        text: 'Mörlundas HC:s nummer?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-morlunda' },
      },
      { text: 'och Vimmerbys?', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-vimmerby' } },
      { text: 'och Virserum?', expect: { kind: 'unitLookup', lang: 'sv', unit: 'notFound' } },
    ],
  },
  {
    id: 'p24-39',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'Hur stor andel av RUB 5 i regionen har besökt akuten?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', level: 5, measure: 'akutbesok' },
      },
    ],
  },
  {
    id: 'p24-40',
    class: 'details',
    turns: [
      {
        text: 'what is Oskarsmodellen?',
        expect: { kind: 'groupDetails', lang: 'en', group: 'oskarsmodellen' },
      },
      {
        text: 'who can I contact about it?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'oskarsmodellen' },
      },
      { text: 'great, thanks!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  // Round p25 (issue 12): a representative week of managers and coordinators, written blind;
  // before tuning 92/96 (95.8 %).
  {
    id: 'p25-01',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 har vi som saknar fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och på Kristineberg?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'hur var det i oktober då?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          period: '2022-10',
        },
      },
    ],
  },
  {
    id: 'p25-02',
    class: 'followUp',
    turns: [
      {
        text: 'What share of our RUB 5 patients have a SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', level: 5, measure: 'withSip' },
      },
      {
        text: 'and for level 4?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', level: 4, measure: 'withSip' },
      },
      {
        text: 'compare with Blå Kusten',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['mine', 'hc-bla-kusten'],
          level: 4,
          measure: 'withSip',
        },
      },
    ],
  },
  {
    id: 'p25-03',
    class: 'plain',
    turns: [
      {
        text: 'jag jobbar på Gripen',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-gripen' },
      },
      {
        text: 'visa rub 5 för min hc',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 5 },
      },
      {
        text: 'har andelen utan fast läkare ökat sen förra månaden?',
        expect: { kind: 'rubTrend', lang: 'sv', scope: 'mine', measure: 'withoutFastLakarkontakt' },
      },
    ],
  },
  {
    id: 'p25-04',
    class: 'followUp',
    turns: [
      {
        text: 'vilka rub 5 patienter saknar fast läkare hos oss',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', level: 5, without: true },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
        },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          without: true,
          page: 2,
        },
      },
      {
        text: 'tillbaka en sida',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
        },
      },
    ],
  },
  {
    id: 'p25-05',
    class: 'language',
    turns: [
      {
        text: 'Set my health centre to Esplanaden please',
        expect: { kind: 'setMyUnit', lang: 'en', unit: 'hc-esplanaden' },
      },
      {
        text: 'how many RUB 5 patients do we have without a named GP?',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p25-06',
    class: 'followUp',
    turns: [
      {
        text: 'Hur har andelen RUB5 utan fast läkarkontakt förändrats på Gripen sedan augusti?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'hc-gripen',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
        },
      },
      {
        text: 'och för hela regionen?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'region',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
        },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p25-07',
    class: 'ownWords',
    turns: [
      {
        text: 'vilken hälsocentral har flest rub 5 utan fast läkare',
        expect: {
          kind: 'rubDistribution',
          lang: 'sv',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'samma sak fast för SIP',
        expect: { kind: 'rubDistribution', lang: 'sv', level: 5, measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p25-08',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för Oskarshamn, måndagar kl 07.30',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
        },
      },
      {
        text: 'kan jag få se hur det kommer se ut?',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
      {
        text: 'vilka veckobrev har vi i den här kanalen nu?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p25-09',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for the whole region, fridays 2pm',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 5,
          time: '14:00',
          digestScope: 'region',
        },
      },
      { text: 'show me a preview', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p25-10',
    class: 'plain',
    conversation: 'channel',
    turns: [
      { text: 'pausa veckobrevet över jul', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'kan du starta veckobrevet igen',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
    ],
  },
  {
    id: 'p25-11',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: "We don't need the weekly digest anymore, please remove it from this channel",
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p25-12',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Vi vill ha veckobrev för Gripen och Kristineberg på tisdagar kl 9',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 2,
          time: '09:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      { text: 'vilka prenumerationer finns här?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p25-13',
    class: 'followUp',
    turns: [
      {
        text: 'vem är verksamhetschef på borgholms hälsocentral',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'hans nummer?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      { text: 'tack så mkt', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p25-14',
    class: 'plain',
    turns: [
      {
        text: 'Vem ska jag ringa angående Oskarsgruppen?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'har Anna Dahl något telefonnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'phone' },
      },
    ],
  },
  {
    id: 'p25-15',
    class: 'spelling',
    turns: [
      {
        text: 'hur manga rub5 patienter har kristinberg',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'patients',
        },
      },
      {
        text: 'och gripen',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          level: 5,
          measure: 'patients',
        },
      },
    ],
  },
  {
    id: 'p25-16',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag sitter och förbereder ledningsgruppen på torsdag och vi ska prata om fast läkarkontakt för de mest komplexa patienterna. Kan du visa hur andelen RUB 5-patienter utan fast läkarkontakt har utvecklats hos oss från augusti fram till mars? Tack på förhand!',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
        },
      },
      {
        text: 'och motsvarande för hela länet?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'region',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p25-17',
    class: 'language',
    turns: [
      {
        text: 'who is the analyst in the Nära vård coordination group?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'analytiker' },
      },
      {
        text: "what's his email?",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p25-18',
    class: 'followUp',
    turns: [
      {
        text: 'jämför Gripen, Kristineberg och Blå Kusten på andel rub5 med SIP',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          level: 5,
          measure: 'withSip',
        },
      },
      {
        text: 'hur såg det ut i december?',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          level: 5,
          measure: 'withSip',
          period: '2022-12',
        },
      },
      {
        text: 'och utan fast läkarkontakt?',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p25-19',
    class: 'wordFormation',
    turns: [
      {
        text: 'Gripens RUB5-patienter med hemsjukvård, hur många?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          level: 5,
          measure: 'hemsjukvard',
        },
      },
      {
        text: 'och hur många har haft en återinläggning?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          level: 5,
          measure: 'aterinlaggning',
        },
      },
    ],
  },
  {
    id: 'p25-20',
    class: 'language',
    turns: [
      {
        text: 'how many RUB 5 patients at Vimmerby visited the ER?',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-vimmerby',
          level: 5,
          measure: 'akutbesok',
        },
      },
      {
        text: 'how does that compare to Hultsfred?',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-vimmerby', 'hc-hultsfred'],
          level: 5,
          measure: 'akutbesok',
        },
      },
      { text: 'thanks!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p25-21',
    class: 'plain',
    turns: [
      {
        text: 'vilka hälsocentraler finns i västervik',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'rub 5 utan fast läkare på Gamleby?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gamleby',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p25-22',
    class: 'spelling',
    turns: [
      {
        text: 'sätt min hälsocental till Stensö',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-stenso' },
      },
      {
        text: 'hur många av våra rub5 har åkt ambulas',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 5, measure: 'ambulans' },
      },
    ],
  },
  {
    id: 'p25-23',
    class: 'followUp',
    turns: [
      {
        text: 'Which patients at Kristineberg are RUB 5 and lack a named GP?',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'hc-kristineberg',
          level: 5,
          without: true,
        },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'hc-kristineberg',
          level: 5,
          without: true,
          page: 1,
        },
      },
      {
        text: 'and level 4?',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'hc-kristineberg',
          level: 4,
          without: true,
        },
      },
    ],
  },
  {
    id: 'p25-24',
    class: 'ownWords',
    turns: [
      {
        text: 'Vi på hemtjänsten i Oskarshamn har många gemensamma patienter med Kristineberg. Vem är basenhetschef där?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'har hon något nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p25-25',
    class: 'wordFormation',
    turns: [
      {
        text: 'mobilnr till Maria Alvinsson Hilberth',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
      {
        text: 'och till Petra Lindqvist på Gripen?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p25-26',
    class: 'followUp',
    turns: [
      {
        text: 'har du numret till Maria?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
      },
      {
        text: 'Maria Svensson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p25-27',
    class: 'language',
    conversation: 'groupChat',
    turns: [
      {
        text: 'who should we contact about the Högsby alcohol project?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hogsby-beroende' },
      },
      {
        text: 'what are they focusing on?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hogsby-beroende', aspect: 'focus' },
      },
      {
        text: "Susanna Althini's phone number?",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'susanna-althini', field: 'phone' },
      },
    ],
  },
  {
    id: 'p25-28',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I started as basenhetschef at Mönsterås HC last month and I'm still finding my way around the numbers. Before my first meeting with the management team I'd like to know how many RUB 5 patients Mönsterås has who don't have a fast läkarkontakt. Thanks a lot",
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-monsteras',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p25-29',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen med SIP utvecklats hos oss sen i höstas?',
        locale: 'en-US',
        expect: { kind: 'rubTrend', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
      {
        text: 'visa från november',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'mine',
          measure: 'withSip',
          from: '2022-11',
        },
      },
      {
        text: 'och Kristineberg?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'hc-kristineberg',
          measure: 'withSip',
          from: '2022-11',
        },
      },
    ],
  },
  {
    id: 'p25-30',
    class: 'spelling',
    turns: [
      {
        text: 'vem kontaktar jag för hemsjukhuet i borgholm',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
    ],
  },
  {
    id: 'p25-31',
    class: 'details',
    turns: [
      {
        text: 'RUB 4 på Nybro i januari',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-nybro', level: 4, period: '2023-01' },
      },
      {
        text: 'och i mars?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-nybro', level: 4, period: '2023-03' },
      },
      {
        text: 'och nivå 5?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-nybro', level: 5, period: '2023-03' },
      },
    ],
  },
  {
    id: 'p25-32',
    class: 'language',
    turns: [
      {
        text: 'Which health centres have the lowest share of RUB 5 patients with a SIP?',
        expect: { kind: 'rubDistribution', lang: 'en', level: 5, measure: 'withSip' },
      },
      {
        text: 'and back in September?',
        expect: {
          kind: 'rubDistribution',
          lang: 'en',
          level: 5,
          measure: 'withSip',
          period: '2022-09',
        },
      },
    ],
  },
  {
    id: 'p25-33',
    class: 'ownWords',
    turns: [
      {
        text: 'hur ligger vi till jämfört med Blå Kusten när det gäller fast läkarkontakt för rub 5?',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-bla-kusten'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'ta med Gripen också',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-bla-kusten', 'hc-gripen'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p25-34',
    class: 'wordFormation',
    turns: [
      {
        text: 'samordnare nära vård',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
      {
        text: 'Marie Ragnarssons mejl',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p25-35',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'hur många rub 5 utan fast läkarkontakt har Esplanaden',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-esplanaden',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och Stora Trädgårdsgatan?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-stora-tradgardsgatan',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'jämför de två',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-esplanaden', 'hc-stora-tradgardsgatan'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'lägg upp ett veckobrev för Västervik på måndagar',
        expect: { kind: 'digestSubscribe', lang: 'sv', weekday: 1, digestScope: 'area:Västervik' },
      },
    ],
  },
  {
    id: 'p25-36',
    class: 'language',
    turns: [
      {
        text: 'I work at Kvarnholmen',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'en', unit: 'hc-kvarnholmen' },
      },
      {
        text: 'show me our RUB5 patients without a regular doctor',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', level: 5, without: true },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
        },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: {
          kind: 'patientList',
          lang: 'en',
          scope: 'mine',
          level: 5,
          without: true,
          page: 2,
        },
      },
    ],
  },
  {
    id: 'p25-37',
    class: 'spelling',
    turns: [
      {
        text: 'andel rub5 med sip pa hultsfreds hc i feb',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-hultsfred',
          level: 5,
          measure: 'withSip',
          period: '2023-02',
        },
      },
      {
        text: 'och morlunda',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-morlunda',
          level: 5,
          measure: 'withSip',
          period: '2023-02',
        },
      },
    ],
  },
  {
    id: 'p25-38',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej! Vi i samordningsgruppen vill att den här kanalen får en sammanfattning av läget för Hultsfreds hälsocentral och Mörlunda varje torsdag förmiddag, säg kl 10. Går det att fixa så att den kommer automatiskt varje vecka?',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 4,
          time: '10:00',
          digestScope: 'units:hc-hultsfred,hc-morlunda',
        },
      },
      { text: 'visa ett exempel på hur det blir', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p25-39',
    class: 'wordFormation',
    turns: [
      {
        text: 'hur många av Kristinebergs RUB5:or har varit i kontakt med psykiatrin?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'psykiatri',
        },
      },
      {
        text: 'och med rehab?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kristineberg',
          level: 5,
          measure: 'rehabilitering',
        },
      },
      { text: 'tack, det räcker', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p25-40',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm one of the Nära vård coordinators and I'm putting together a slide for the steering group. I need the change in the share of RUB 5 patients without a named GP between August 2022 and March 2023, for the region as a whole. Thanks!",
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          scope: 'region',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
        },
      },
      {
        text: 'can you split it by health centre?',
        locale: 'en-US',
        expect: {
          kind: 'rubDistribution',
          lang: 'en',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  // Round p26 (issue 12): the first day with the bot, written blind; before tuning 84/95 (88.4 %).
  {
    id: 'p26-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej! såg i nyhetsbrevet att man kan fråga dig saker. vad kan du?',
        expect: { kind: 'help', lang: 'sv' },
      },
      {
        text: 'ok. vem är basenhetschef på Kristinebergs hälsocentral?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'har du hennes telefonnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p26-02',
    class: 'language',
    turns: [
      {
        text: 'can you find phone numbers?',
        locale: 'en-US',
        expect: { kind: 'help', lang: 'en' },
      },
      {
        text: 'I need to reach Åke Åkesson in Borgholm',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson' },
      },
      {
        text: 'his mobile?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p26-03',
    class: 'plain',
    turns: [
      {
        text: 'vilka är kontaktpersoner för oskarsgruppen',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
    ],
  },
  {
    id: 'p26-04',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Linnea och jobbar som distriktssköterska i hemsjukvården i Högsby kommun. Vi har flera patienter med alkoholproblem och jag har hört att hälsocentralen har ett samverkansprojekt kring beroende. Vem ska jag prata med där?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
    ],
  },
  {
    id: 'p26-05',
    class: 'followUp',
    turns: [
      {
        text: 'Hej, basenhetschef här. Hur många RUB 5 på Gripen saknar fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och i hela regionen?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'region',
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'hur har det förändrats sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          level: 5,
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p26-06',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Prenumerera på veckobrevet för Västervik, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Västervik',
        },
      },
      { text: 'kan du visa hur det ser ut?', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'tack, perfekt', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p26-07',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka vårdcentraler finns i Västerviks kommun',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
    ],
  },
  {
    id: 'p26-08',
    class: 'language',
    turns: [
      {
        text: 'vad jobbar hemsjukhuset i Borgholm med?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'vilka är med i det?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
        },
      },
      {
        text: 'och vem är kontaktperson',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
    ],
  },
  {
    id: 'p26-09',
    class: 'spelling',
    turns: [
      {
        text: 'telefon nr till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
    ],
  },
  {
    id: 'p26-10',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a paramedic with the ambulance service up north, first time using this. We sometimes need to reach the health centre in Gamleby during the day, do you have their number?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
    ],
  },
  {
    id: 'p26-11',
    class: 'followUp',
    turns: [
      {
        text: 'Jag jobbar på öppenvårdspsykiatrin i Vimmerby och vi är visst med i Hultsfredsklustret. Vad går det ut på?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred' },
      },
      {
        text: 'vilka målgrupper har de?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'targetGroups' },
      },
      {
        text: 'finns det någon kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hultsfred' },
      },
    ],
  },
  {
    id: 'p26-12',
    class: 'language',
    turns: [
      { text: 'hello', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } },
      { text: 'what can you help me with?', locale: 'en-US', expect: { kind: 'help', lang: 'en' } },
      {
        text: 'who should I contact in the coordination group for nära vård?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'samordnande-arbetsgrupp' },
      },
      {
        text: 'what does Julia Ström do?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'julia-strom' },
      },
    ],
  },
  {
    id: 'p26-13',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det någon analytiker jag kan fråga om RUB-siffrorna?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' },
      },
    ],
  },
  {
    id: 'p26-14',
    class: 'followUp',
    turns: [
      {
        text: 'har du numret till Maria?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
      },
      {
        text: 'Svensson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'phone' },
      },
      {
        text: 'mejl då?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p26-15',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är MAS i Västerviks kommun och läste om Nära i nyhetsbrevet i morse. Vi jobbar ihop med Esplanaden och Stora Trädgårdsgatan kring hemsjukvården. Vad är fokus i det projektet?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
        },
      },
      {
        text: 'och vem är kontakt från regionens sida?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
      {
        text: 'okej, då hör jag av mig till samordnarna istället. vilka är det?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
    ],
  },
  {
    id: 'p26-16',
    class: 'followUp',
    turns: [
      {
        text: 'compare RUB 5 at Gripen, Kristineberg and Blå Kusten',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          level: 5,
        },
      },
      {
        text: 'only the ones without a named GP',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'and in december 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          level: 5,
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
        },
      },
    ],
  },
  {
    id: 'p26-17',
    class: 'spelling',
    turns: [
      {
        text: 'vem ar verksamhetschef på borgholms halsocentral',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
    ],
  },
  {
    id: 'p26-18',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests are set up in this channel?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'pause it for now please',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'actually, start it again',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en', resume: true },
      },
    ],
  },
  {
    id: 'p26-19',
    class: 'followUp',
    turns: [
      {
        text: 'Jag är allmänläkare och nyfiken på vad boten klarar. Kan jag få se vilka RUB5-patienter hos oss som saknar fast läkare?',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', level: 5, without: true },
      },
      {
        text: 'nästa sida',
        expect: {
          kind: 'patientList',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
        },
      },
      { text: 'tack, det räcker', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p26-20',
    class: 'language',
    turns: [
      {
        text: 'Which health centres are there in Kalmar municipality?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'phone number for Stensö?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-stenso' },
      },
      {
        text: 'and Berga?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-berga' },
      },
    ],
  },
  {
    id: 'p26-21',
    class: 'plain',
    turns: [{ text: 'God morgon Nära!', expect: { kind: 'greeting', lang: 'sv' } }],
  },
  {
    id: 'p26-22',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska jag ringa om jag har frågor om hälsolotsen i Högsby',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-halsolots' },
      },
    ],
  },
  {
    id: 'p26-23',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Kan vi få ett veckobrev här i kanalen varje fredag?',
        expect: { kind: 'digestSubscribe', lang: 'sv', weekday: 5 },
      },
      {
        text: 'för hälsocentralerna i Oskarshamn',
        expect: { kind: 'digestSubscribe', lang: 'sv', weekday: 5, digestScope: 'area:Oskarshamn' },
      },
      {
        text: 'klockan 7 på morgonen',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 5,
          digestScope: 'area:Oskarshamn',
          time: '07:00',
        },
      },
    ],
  },
  {
    id: 'p26-24',
    class: 'followUp',
    turns: [
      {
        text: 'Do you have contact details for Ragnhild Holmberg? She ran the patient contract project.',
        expect: { kind: 'personLookup', lang: 'en', person: 'notFound' },
      },
      {
        text: 'ok, who is the samordnare for nära vård these days?',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'samordnare' },
      },
      {
        text: "Marie Ragnarsson's email please",
        expect: { kind: 'personLookup', lang: 'en', person: 'marie-ragnarsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p26-25',
    class: 'language',
    turns: [
      {
        text: 'hur har andelen rub5 utan fast läkarkontakt ändrats på Esplanaden sen augusti 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          level: 5,
          from: '2022-08',
        },
      },
      {
        text: 'fram till mars 2023 alltså',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          level: 5,
          from: '2022-08',
          to: '2023-03',
        },
      },
      {
        text: 'samma sak för Gamleby',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-gamleby',
          level: 5,
          from: '2022-08',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p26-26',
    class: 'plain',
    turns: [
      {
        text: 'Who is Susanna Althini?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'susanna-althini' },
      },
    ],
  },
  {
    id: 'p26-27',
    class: 'followUp',
    turns: [
      {
        text: 'nummer till Mönsterås hälsocentral',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-monsteras' },
      },
      {
        text: 'och vårdcentralen i Nybro?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-nybro' },
      },
      {
        text: 'finns det fler hälsocentraler i Nybro kommun förresten?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
        },
      },
      { text: 'tackar', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p26-28',
    class: 'ownWords',
    turns: [
      {
        text: 'show me how the RUB5 patients without a fixed doctor are spread across the health centres',
        expect: {
          kind: 'rubDistribution',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          level: 5,
        },
      },
    ],
  },
  {
    id: 'p26-29',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem är Blå Kustens basenhetschef',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
    ],
  },
  {
    id: 'p26-30',
    class: 'followUp',
    turns: [
      {
        text: 'I heard about the Karlshamn pilot at a conference last week. Who took part in it?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
      {
        text: 'any contacts I could talk to?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'karlshamnspiloten' },
      },
      { text: 'thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p26-31',
    class: 'followUp',
    turns: [
      {
        text: 'min hälsocentral är Stensö',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-stenso' },
      },
      {
        text: 'hur många RUB 5 har vi?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 5 },
      },
      {
        text: 'och andelen med SIP?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 5, measure: 'withSip' },
      },
      {
        text: 'jämfört med Berga?',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-berga'],
          level: 5,
          measure: 'withSip',
        },
      },
    ],
  },
  {
    id: 'p26-32',
    class: 'followUp',
    turns: [
      { text: 'kan du boka tolk åt mig?', expect: { kind: 'unknown', lang: 'sv' } },
      { text: 'vad kan du göra då?', expect: { kind: 'help', lang: 'sv' } },
      {
        text: 'ok, kontaktuppgifter till 1177 på telefon',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'vardguiden-1177' },
      },
    ],
  },
  {
    id: 'p26-33',
    class: 'longMessage',
    turns: [
      {
        text: "Hello! I'm a locum GP from Denmark, working at Nybro health centre for three months, and my Swedish is still poor. Who is the head of Vimmerby health centre? I need to coordinate a patient transfer with them.",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', unit: 'hc-vimmerby' },
      },
    ],
  },
  {
    id: 'p26-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Hur skulle ett veckobrev se ut för oss?',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
      {
        text: 'vi kör på det, varje torsdag kl 13',
        expect: { kind: 'digestSubscribe', lang: 'sv', weekday: 4, time: '13:00' },
      },
      { text: 'vilka veckobrev har vi nu i kanalen?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p26-35',
    class: 'spelling',
    turns: [
      {
        text: 'mejladress till emma ryd',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'email' },
      },
      {
        text: 'och till julia strom',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'email' },
      },
      {
        text: 'mobilnummer till henne?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p26-36',
    class: 'language',
    turns: [
      {
        text: 'vilka enheter finns i Oskarshamn',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', lang: 'sv', municipality: 'Oskarshamn' },
      },
      {
        text: 'bara hälsocentralerna',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'adress till Gripen?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gripen' },
      },
    ],
  },
  {
    id: 'p26-37',
    class: 'followUp',
    turns: [
      {
        text: "What's the share of RUB 5 patients with a SIP at Mörlunda?",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-morlunda',
          level: 5,
          measure: 'withSip',
        },
      },
      {
        text: 'and readmissions?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-morlunda',
          level: 5,
          measure: 'aterinlaggning',
        },
      },
      {
        text: 'how about Hultsfred health centre',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-hultsfred',
          level: 5,
          measure: 'aterinlaggning',
        },
      },
    ],
  },
  {
    id: 'p26-38',
    class: 'ownWords',
    turns: [
      {
        text: 'vem i regionen är kommunikatör för nära vård?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'kommunikatör' },
      },
    ],
  },
  {
    id: 'p26-39',
    class: 'plain',
    turns: [
      {
        text: 'how many of our RUB 5 patients have been in an ambulance?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', level: 5, measure: 'ambulans' },
      },
    ],
  },
  {
    id: 'p26-40',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Sara och är enhetschef för hemtjänsten i Hultsfreds kommun. Såg att regionen har lanserat en bot. Vilka hälsocentraler finns i vår kommun?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'telefon till Mörlunda',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-morlunda' },
      },
      {
        text: 'vem är kontakt för hultsfredsklustret?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hultsfred' },
      },
      { text: 'tack för hjälpen!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  // Round p27 (issue 12): a busy Tuesday, written blind; before tuning 85/96 (88.5 %).
  {
    id: 'p27-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej! vem är kontakt för hemsjukhuset i borgholm?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'har du hans nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'och mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'email' },
      },
      { text: 'tack så mkt!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p27-02',
    class: 'followUp',
    turns: [
      {
        text: "Who's the contact person for the alcohol and addiction project in Högsby?",
        expect: { kind: 'groupContacts', lang: 'en', group: 'hogsby-beroende' },
        locale: 'en-US',
      },
      {
        text: 'is she a GP?',
        expect: { kind: 'personLookup', lang: 'en', person: 'susanna-althini' },
        locale: 'en-US',
      },
      {
        text: 'does she have a phone number listed?',
        expect: { kind: 'personLookup', lang: 'en', person: 'susanna-althini', field: 'phone' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-03',
    class: 'wordFormation',
    turns: [
      {
        text: 'borgholmsprojektets kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'vad går projektet ut på?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
    ],
  },
  {
    id: 'p27-04',
    class: 'spelling',
    turns: [
      {
        text: 'telefonnumer till åke åkeson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'mobil?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p27-05',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och är kommunsjuksköterska i Oskarshamn. Vi har en gemensam patient med Kristineberg som behöver en SIP, och jag skulle behöva få tag på basenhetschefen där. Vem är det?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
        locale: 'en-US',
      },
      {
        text: 'och på blå kusten?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-06',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Gripen health centre',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gripen' },
        locale: 'en-US',
      },
      {
        text: 'what about Gamleby?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
        locale: 'en-US',
      },
      {
        text: "and Nybro's?",
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-nybro' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-07',
    class: 'ownWords',
    turns: [
      {
        text: 'behöver snacka med nån som tar fram siffror och analyser åt nära vård, vem är det?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' },
      },
      {
        text: 'vad har han för mejl',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p27-08',
    class: 'language',
    turns: [
      {
        text: 'Hi! Who handles communications in the Nära vård coordination group?',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'kommunikatör' },
      },
      {
        text: "what's her email?",
        expect: { kind: 'personLookup', lang: 'en', person: 'emma-rydh', field: 'email' },
      },
    ],
  },
  {
    id: 'p27-09',
    class: 'plain',
    turns: [
      {
        text: 'vem kan jag kontakta i samordningsgruppen för nära vård?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'samordnande-arbetsgrupp' },
      },
      {
        text: 'vad gör julia ström där?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom' },
      },
      {
        text: 'hennes mejladress',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'email' },
      },
    ],
  },
  {
    id: 'p27-10',
    class: 'followUp',
    turns: [
      {
        text: 'numret till Maria?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
        locale: 'en-US',
      },
      {
        text: 'den på planeringsenheten',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
        locale: 'en-US',
      },
      {
        text: 'har hon mobil med?',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-11',
    class: 'ownWords',
    turns: [
      {
        text: 'har ni kontaktuppgifter till Birgitta Lönnqvist på Vimmerby HC? hon skulle ringa oss i förmiddags',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound' },
      },
      {
        text: 'ok då ringer jag hälsocentralen istället, vad har dom för nummer',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-vimmerby' },
      },
    ],
  },
  {
    id: 'p27-12',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I work on the ambulance in northern Öland. We sometimes offer patients in municipal home care a doctor's visit at home the next weekday instead of taking them in. Who is the contact for that home hospital setup in Borgholm?",
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
        locale: 'en-US',
      },
      {
        text: "what's his number?",
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-13',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns de i västervik',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'och i kalmar då?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
        },
      },
      { text: 'nummer till stensö', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-stenso' } },
    ],
  },
  {
    id: 'p27-14',
    class: 'spelling',
    turns: [
      {
        text: 'contact info for Susana Altini please',
        expect: { kind: 'personLookup', lang: 'en', person: 'susanna-althini' },
        locale: 'en-US',
      },
      {
        text: 'and the number for her health centre?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-hogsby' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-15',
    class: 'followUp',
    turns: [
      {
        text: 'vad håller västerviksklustret på med?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'vastervik-esplanaden' },
      },
      {
        text: 'vilken målgrupp har dom?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
        },
      },
      {
        text: 'finns det nån kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
    ],
  },
  {
    id: 'p27-16',
    class: 'language',
    turns: [
      {
        text: 'which units take part in the Karlshamn pilot?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
      {
        text: 'and who are the contact people?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'karlshamnspiloten' },
      },
    ],
  },
  {
    id: 'p27-17',
    class: 'plain',
    turns: [
      {
        text: 'vem är verksamhetschef på löttorp?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-lottorp' },
      },
    ],
  },
  {
    id: 'p27-18',
    class: 'spelling',
    turns: [
      {
        text: 'vilka jobbar som samordnare inom nära vård?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
      {
        text: 'vad jobbar marie ragnarson med',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson' },
      },
    ],
  },
  {
    id: 'p27-19',
    class: 'language',
    turns: [
      {
        text: 'who do I contact about the Hultsfred cluster?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hultsfred' },
        locale: 'en-US',
      },
      {
        text: 'ok, how do I reach Hultsfred municipality then?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hultsfreds-kommun' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-20',
    class: 'wordFormation',
    turns: [
      {
        text: 'hälsolotsprojektets kontaktperson i högsby?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-halsolots' },
      },
    ],
  },
  {
    id: 'p27-21',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är fysioterapeut på medicinkliniken i Västervik och vi försöker få bättre ordning på utskrivnigar till hemsjukvården. Vem ska jag vända mig till angående samverkan kring hemsjukvård i Västervik?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
      {
        text: 'finns det nåt nummer till esplanaden',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-esplanaden' },
      },
    ],
  },
  {
    id: 'p27-22',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka är med i oskarsgruppen, är ambulansen med där?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
        },
      },
      {
        text: 'vem håller i det?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
    ],
  },
  {
    id: 'p27-23',
    class: 'plain',
    turns: [
      { text: 'god morgon!', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'vad kan jag fråga dig om?', expect: { kind: 'help', lang: 'sv' } },
    ],
  },
  {
    id: 'p27-24',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 saknar fast läkare på gripen?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och för nybro?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'kan du ställa dem bredvid varandra',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-nybro'],
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p27-25',
    class: 'followUp',
    turns: [
      {
        text: 'visa mina rub 5-patienter som saknar fast läkarkontakt',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'nästa sida tack',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 2 },
      },
    ],
  },
  {
    id: 'p27-26',
    class: 'language',
    turns: [
      {
        text: 'set my health centre to Esplanaden',
        expect: { kind: 'setMyUnit', lang: 'en', unit: 'hc-esplanaden' },
        locale: 'en-US',
      },
      {
        text: 'how many of our RUB 5 patients have a SIP?',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', measure: 'withSip' },
        locale: 'en-US',
      },
      {
        text: 'and across the whole region?',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'region', measure: 'withSip' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-27',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Per och är ny basenhetschef på Mönsterås hälsocentral sedan några veckor. Jag försöker få grepp om läget – hur har andelen RUB 5-patienter utan fast läkarkontakt förändrats på Mönsterås sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-monsteras',
          from: '2022-08',
        },
      },
      {
        text: 'och i hela regionen?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p27-28',
    class: 'ownWords',
    turns: [
      {
        text: 'which health centres have the most RUB5 patients lacking a named GP?',
        expect: { kind: 'rubDistribution', lang: 'en', measure: 'withoutFastLakarkontakt' },
        locale: 'en-US',
      },
      {
        text: 'same but for March 2023',
        expect: {
          kind: 'rubDistribution',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          period: '2023-03',
        },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-29',
    class: 'followUp',
    turns: [
      {
        text: 'hur många av rub 5-patienterna på kvarnholmen har åkt ambulans?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-kvarnholmen', measure: 'ambulans' },
      },
      {
        text: 'och återinläggningar?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kvarnholmen',
          measure: 'aterinlaggning',
        },
      },
      {
        text: 'hur ser det ut för rub 4 då',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-kvarnholmen', level: 4 },
      },
    ],
  },
  {
    id: 'p27-30',
    class: 'details',
    turns: [
      {
        text: 'compare Gripen, Kristineberg and Blå Kusten – RUB 5 without fast läkarkontakt',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'what about December 2022?',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
        },
      },
    ],
  },
  {
    id: 'p27-31',
    class: 'spelling',
    turns: [
      {
        text: 'rub5 sammanställnig för högsby',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-hogsby' },
      },
      {
        text: 'andel med sip?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-hogsby', measure: 'withSip' },
      },
      {
        text: 'hur mång har besökt akutten',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-hogsby', measure: 'akutbesok' },
      },
    ],
  },
  {
    id: 'p27-32',
    class: 'followUp',
    turns: [
      {
        text: 'patientlista rub5 min hc',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: false },
      },
      {
        text: 'bara dom som saknar fast läkare',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
    ],
  },
  {
    id: 'p27-33',
    class: 'details',
    turns: [
      {
        text: 'how has the share of RUB 5 patients with a SIP changed at Vimmerby between August 2022 and March 2023?',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withSip',
          scope: 'hc-vimmerby',
          from: '2022-08',
          to: '2023-03',
        },
        locale: 'en-US',
      },
      {
        text: 'and Hultsfred?',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withSip',
          scope: 'hc-hultsfred',
          from: '2022-08',
          to: '2023-03',
        },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-34',
    class: 'details',
    turns: [
      {
        text: 'rub 5 på stensö i december 2022',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-stenso', period: '2022-12' },
      },
      {
        text: 'och januari?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-stenso', period: '2023-01' },
      },
      {
        text: 'hur många rub5-patienter finns det i hela länet?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'patients' },
      },
    ],
  },
  {
    id: 'p27-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'kan vi se hur det ser ut?', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p27-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Kristineberg, Fridays at 2 pm',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
        locale: 'en-US',
      },
      {
        text: 'what subscriptions are set up in this channel?',
        expect: { kind: 'digestList', lang: 'en' },
        locale: 'en-US',
      },
      {
        text: 'pause the digest over the Christmas weeks',
        expect: { kind: 'digestPause', lang: 'en' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-37',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka prenumerationr har vi i den här kanalen?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'pausa veckobrevet ett tag', expect: { kind: 'digestPause', lang: 'sv' } },
      { text: 'sätt igång det igen', expect: { kind: 'digestPause', lang: 'sv', resume: true } },
    ],
  },
  {
    id: 'p27-38',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      { text: 'visa veckobrevet', expect: { kind: 'digestPreview', lang: 'sv' }, locale: 'en-US' },
      {
        text: 'nej vi behöver inte det här längre, sluta skicka det',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
        locale: 'en-US',
      },
    ],
  },
  {
    id: 'p27-39',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej! Jag samordnar nära vård-arbetet i norra länet och vi har en kanal för alla basenhetschefer. Kan ni lägga upp veckobrevet här varje tisdag halv nio, för hela regionen?',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 2,
          time: '08:30',
          digestScope: 'region',
        },
      },
      { text: 'vilka prenumerationer har kanalen nu?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p27-40',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'send the weekly digest for Västervik here every Thursday at 7:30am',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 4,
          time: '07:30',
          digestScope: 'area:Västervik',
        },
        locale: 'en-GB',
      },
      {
        text: 'can I see a preview?',
        expect: { kind: 'digestPreview', lang: 'en' },
        locale: 'en-GB',
      },
      { text: 'great, thanks!', expect: { kind: 'thanks', lang: 'en' }, locale: 'en-GB' },
    ],
  },
  // Round p28 (issue 12): the week before Christmas, written blind; before tuning 81/95 (85.3 %).
  {
    id: 'p28-01',
    class: 'followUp',
    turns: [
      {
        text: 'Hej! Jag hoppar in för en kollega på Färjestaden över jul. Vem är verksamhetschef på Borgholms hälsocentral?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'har han ett direktnummer?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'och mejl?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'email' },
      },
      { text: 'tack, god jul!', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p28-02',
    class: 'followUp',
    turns: [
      {
        text: 'vem är kontakt för hemsjukhuset på Öland? kollegan som brukar sköta det är ledig',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'vad går projektet ut på?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'focus',
        },
      },
      {
        text: 'vilka deltar?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p28-03',
    class: 'spelling',
    turns: [
      {
        text: 'telefonnumer till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'och mobilen?',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
    ],
  },
  {
    id: 'p28-04',
    class: 'wordFormation',
    turns: [
      {
        text: 'Kristinebergs HC:s basenhetschef, vem är det?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'och Blå Kustens?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
      {
        text: 'Anna Dahls mejladress',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'email' },
      },
    ],
  },
  {
    id: 'p28-05',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är distriktssköterska i Mönsterås och går in för en kollega som är ledig till efter trettonhelgen. Vi har en gemensam patient med Högsby som har alkoholproblem och jag skulle behöva prata med någon i samverkansprojektet kring beroende där. Vem är kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'är hon läkare eller?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini' },
      },
    ],
  },
  {
    id: 'p28-06',
    class: 'language',
    turns: [
      {
        text: "Hi, I'm covering at Gripen this week. What's the number for Oskarshamn hospital?",
        expect: { kind: 'unitLookup', lang: 'en', unit: 'sjukhus-oskarshamn' },
      },
      {
        text: 'what about Västervik?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'sjukhus-vastervik' },
      },
    ],
  },
  {
    id: 'p28-07',
    class: 'ownWords',
    turns: [
      {
        text: 'måste få tag i nån på ambulansen före jul, hur når jag dom?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'ambulans' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p28-08',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns det i Västerviks kommun?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'och i Kalmar?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'ge mig kontaktuppgifter till Norrliden',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-norrliden' },
      },
    ],
  },
  {
    id: 'p28-09',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Ankarsrum health centre please',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-ankarsrum' },
      },
      {
        text: 'what about Gamleby?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
      {
        text: 'and Överum?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-overum' },
      },
    ],
  },
  {
    id: 'p28-10',
    class: 'spelling',
    turns: [
      {
        text: 'vem är samordnre för nära vård nuförtiden',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
      { text: 'nästa', expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare', page: 1 } },
    ],
  },
  {
    id: 'p28-11',
    class: 'plain',
    turns: [
      {
        text: 'Marie Ragnarsson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson' },
      },
      {
        text: 'hennes mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p28-12',
    class: 'followUp',
    turns: [
      {
        text: 'Maria på nära vård, vad har hon för nummer?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
      },
      {
        text: 'Svensson menar jag',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p28-13',
    class: 'plain',
    turns: [
      {
        text: 'har du numret till Niklas Föghner?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'phone' },
      },
      {
        text: 'okej, då får det bli Mathias Karlsson. mejl till honom?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p28-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem är kommunikatör för nära vård-arbetet?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'kommunikatör' },
      },
      {
        text: 'hennes mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'email' },
      },
    ],
  },
  {
    id: 'p28-15',
    class: 'followUp',
    turns: [
      {
        text: 'vad håller Västerviksklustret på med egentligen?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
        },
      },
      {
        text: 'vilka är med?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
        },
      },
      {
        text: 'finns det nån kontaktperson där?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
    ],
  },
  {
    id: 'p28-16',
    class: 'longMessage',
    turns: [
      {
        text: "Hello! I'm a locum GP from Norway covering at Hultsfred health centre over Christmas and New Year. Quite a few of my patients keep ending up at the emergency department, and I've been told there is a local project about getting the right patients to the ED. Who is involved in it?",
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hultsfred', aspect: 'participants' },
      },
      {
        text: 'and what are they trying to achieve?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hultsfred', aspect: 'focus' },
      },
    ],
  },
  {
    id: 'p28-17',
    class: 'plain',
    turns: [
      {
        text: 'Vilka kontaktpersoner finns för Karlshamnspiloten?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'karlshamnspiloten' },
      },
    ],
  },
  {
    id: 'p28-18',
    class: 'wordFormation',
    turns: [
      {
        text: 'Öppenvårdspsykiatrins nummer i Vimmerby?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
      {
        text: 'och vilka hälsocentraler finns i Vimmerby kommun?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Vimmerby',
          unitKind: 'halsocentral',
        },
      },
    ],
  },
  {
    id: 'p28-19',
    class: 'ownWords',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vem kontaktar man på Oskarshamns kommun angående hemsjukvården?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'oskarshamns-kommun' },
      },
    ],
  },
  {
    id: 'p28-20',
    class: 'spelling',
    turns: [
      {
        text: 'vem ä helen svenson',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson' },
      },
      {
        text: 'har hon telefon?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p28-21',
    class: 'wordFormation',
    turns: [
      {
        text: 'vilka basenhetschefer är med i Oskarsgruppen?',
        expect: {
          kind: 'peopleByRole',
          lang: 'sv',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
        },
      },
      {
        text: 'vad har Helene för nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p28-22',
    class: 'language',
    turns: [
      {
        text: 'Do you have contact details for Ragnhild Holmberg? She used to run the patient contract project',
        expect: { kind: 'personLookup', lang: 'en', person: 'notFound' },
      },
      {
        text: "ok, who's the analyst in the coordination group then?",
        expect: {
          kind: 'peopleByRole',
          lang: 'en',
          role: 'analytiker',
          within: 'samordnande-arbetsgrupp',
        },
      },
    ],
  },
  {
    id: 'p28-23',
    class: 'spelling',
    turns: [
      {
        text: 'numret till stora tradgårdsgatans hc',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-stora-tradgardsgatan' },
      },
      { text: 'och esplanaden', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-esplanaden' } },
    ],
  },
  {
    id: 'p28-24',
    class: 'ownWords',
    turns: [
      {
        text: 'behöver nå någon på länssjukhuset, vart ringer jag?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-kalmar' },
      },
      {
        text: 'och akuten i Västervik då?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-vastervik' },
      },
    ],
  },
  {
    id: 'p28-25',
    class: 'plain',
    turns: [
      { text: 'God morgon!', expect: { kind: 'greeting', lang: 'sv' } },
      { text: 'vad kan du hjälpa till med?', expect: { kind: 'help', lang: 'sv' } },
    ],
  },
  {
    id: 'p28-26',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej. Jag är basenhetschef och ska sammanställa årets siffror till ledningsgruppen innan jag går på ledighet. Kan du ge mig en sammanfattning av RUB 5 hos oss?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine' },
      },
      {
        text: 'hur stor andel av dem har SIP?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
      {
        text: 'och hur har andelen utan fast läkarkontakt utvecklats sen augusti?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p28-27',
    class: 'followUp',
    turns: [
      {
        text: "How many RUB 5 patients at Nybro don't have a named GP?",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'and Emmaboda?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-emmaboda',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'can you compare Nybro and Emmaboda on that?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-nybro', 'hc-emmaboda'],
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p28-28',
    class: 'followUp',
    turns: [
      {
        text: 'lista rub5-patienterna utan fast läkare på min hc',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa sida',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 2 },
      },
    ],
  },
  {
    id: 'p28-29',
    class: 'details',
    turns: [
      {
        text: 'vilka hälsocentraler har flest RUB 5 som saknar fast läkarkontakt?',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'samma sak fast för november',
        expect: {
          kind: 'rubDistribution',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          period: '2022-11',
        },
      },
      {
        text: 'och fördelningen av SIP per HC för samma månad?',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withSip', period: '2022-11' },
      },
    ],
  },
  {
    id: 'p28-30',
    class: 'spelling',
    turns: [
      {
        text: 'hur mnga av våra rub5:or har åkt ambulas?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'ambulans' },
      },
      {
        text: 'och besökt akuten?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'akutbesok' },
      },
    ],
  },
  {
    id: 'p28-31',
    class: 'language',
    turns: [
      {
        text: 'Can I see the RUB 5 figures for Kristineberg for December?',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-kristineberg', period: '2022-12' },
      },
      {
        text: 'what about Blå Kusten?',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-bla-kusten', period: '2022-12' },
      },
      {
        text: 'how many of them had contact with rehab there in December?',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-bla-kusten',
          measure: 'rehabilitering',
          period: '2022-12',
        },
      },
    ],
  },
  {
    id: 'p28-32',
    class: 'ownWords',
    turns: [
      {
        text: 'Jag vikarierar som chef på Mönsterås hälsocentral till mitten av januari, kan du ställa in det som min HC?',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-monsteras' },
      },
      {
        text: 'visa våra rub5-siffror då',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine' },
      },
      {
        text: 'hur många av dem har pågående hemsjukvård?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'hemsjukvard' },
      },
    ],
  },
  {
    id: 'p28-33',
    class: 'details',
    turns: [
      {
        text: 'hur ser det ut med RUB 4 hos oss?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 4 },
      },
      { text: 'och RUB 5?', expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 5 } },
    ],
  },
  {
    id: 'p28-34',
    class: 'details',
    turns: [
      {
        text: 'jämför oss med Stensö och Berga vad gäller återinläggningar',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-stenso', 'hc-berga'],
          measure: 'aterinlaggning',
        },
      },
      {
        text: 'samma för kontakt med psykiatrin',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-stenso', 'hc-berga'],
          measure: 'psykiatri',
        },
      },
    ],
  },
  {
    id: 'p28-35',
    class: 'longMessage',
    turns: [
      {
        text: "I'm putting together the year-end summary for our unit before the holidays. How has the share of RUB 5 patients without a fixed doctor changed from August to December?",
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
          to: '2022-12',
        },
      },
      {
        text: 'and for the whole region?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          to: '2022-12',
        },
      },
      { text: 'thanks, merry Christmas!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p28-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Kan ni lägga upp veckobrevet för Oskarshamn här i kanalen? Måndagar kl 7.30 vore bra.',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'visa hur det kommer att se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'toppen, tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p28-37',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests is this channel subscribed to?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'please pause it over the holidays',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: "actually, turn it back on, we'll keep it running",
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en', resume: true },
      },
    ],
  },
  {
    id: 'p28-38',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevt för gripen och kristinebrg, fredagar kl 14',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      {
        text: 'vilka prenumerationer finns nu?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p28-39',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'Från nyår vill vi ha veckobrevet för hela länet istället för bara Västervik, onsdagar kl 9',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 3,
          time: '09:00',
          digestScope: 'region',
        },
      },
      {
        text: 'och ta bort det gamla för Västervik',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p28-40',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: "Hi! I coordinate the Nära vård network for the Kalmar health centres and I'm handing this channel over to a colleague while I'm off until 8 January. Could you make sure the weekly digest for Kalmar is posted here every Thursday at 10:00?",
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 4,
          time: '10:00',
          digestScope: 'area:Kalmar',
        },
      },
      {
        text: 'can you show me a preview now?',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
      { text: 'great, thank you', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  // Round p29 (issue 12): an ordinary week, from every corner of the county, written blind;
  // before tuning 91/98 (92.9 %).
  {
    id: 'p29-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej! vem e basenhetschef på Esplanaden?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-esplanaden' },
      },
      {
        text: 'ok, och på Stora Trädgårdsgatan då?',
        expect: {
          kind: 'roleAtUnit',
          lang: 'sv',
          role: 'basenhetschef',
          unit: 'hc-stora-tradgardsgatan',
        },
      },
      {
        text: 'finns det nån kontaktperson för det där hemsjukvårdsprojektet i Västervik?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
    ],
  },
  {
    id: 'p29-02',
    class: 'followUp',
    turns: [
      {
        text: "Hi, who's the unit manager at Kristineberg HC in Oskarshamn?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', unit: 'hc-kristineberg' },
      },
      {
        text: "what's her email?",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'email' },
      },
      {
        text: 'and does she have a phone number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p29-03',
    class: 'spelling',
    turns: [
      {
        text: 'telefon nr till Åke Åkeson på borgholms hc',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      { text: 'tack, snällt', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p29-04',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej. Jag jobbar som undersköterska i hemtjänsten i Högsby och har en brukare som vi misstänker dricker alldeles för mycket. Jag har hört att hälsocentralen och kommunen har nåt samarbete kring beroende, vem ska jag vända mej till?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'har hon nåt nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'phone' },
      },
      {
        text: 'och mobilen?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p29-05',
    class: 'language',
    turns: [
      {
        text: 'vem är kontakt för Hemsjukhuset på Öland? vi på ambulansen vill kunna boka läkarbesök i hemmet nästa vardag',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'har han nån mobil?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p29-06',
    class: 'followUp',
    turns: [
      {
        text: 'Phone number for Ankarsrum health centre please',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-ankarsrum' },
      },
      {
        text: 'what about Gamleby?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
      { text: 'great, thanks', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p29-07',
    class: 'wordFormation',
    turns: [
      {
        text: 'Kristinebergs hälsocentrals basenhetschef, vem är det?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'och Blå Kustens?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
    ],
  },
  {
    id: 'p29-08',
    class: 'followUp',
    turns: [
      {
        text: 'kontaktuppgifter till öppenvårdspsyken i Vimmerby',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
      {
        text: 'vilka är med i Hultsfredsklustret?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'participants' },
      },
      {
        text: 'och vad har dom för mål med det',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'focus' },
      },
    ],
  },
  {
    id: 'p29-09',
    class: 'language',
    turns: [
      {
        text: 'who works with social prescribing in Högsby?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hogsby-halsolots' },
      },
      {
        text: 'what are they trying to achieve?',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hogsby-halsolots', aspect: 'focus' },
      },
    ],
  },
  {
    id: 'p29-10',
    class: 'spelling',
    turns: [
      {
        text: 'mobilnumer till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
      {
        text: 'och direktnumret',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
    ],
  },
  {
    id: 'p29-11',
    class: 'followUp',
    turns: [
      {
        text: 'jag söker Maria som jobbar med nära vård',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous' },
      },
      { text: 'Svensson', expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson' } },
      {
        text: 'mejladress?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p29-12',
    class: 'plain',
    turns: [
      {
        text: 'har du numret till Niklas Föghner?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'phone' },
      },
      {
        text: 'ok, då tar jag Marie Ragnarsson istället. mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p29-13',
    class: 'followUp',
    turns: [
      {
        text: 'hej! vilka hälsocentraler finns det i Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'och i Emmaboda?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Emmaboda',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'numret till den i Emmaboda',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-emmaboda' },
      },
    ],
  },
  {
    id: 'p29-14',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är distriktssköterska på Mönsterås hc. Vi har en gemensam patient som skrivs ut från Oskarshamns sjukhus på fredag och jag behöver få tag på dom innan dess, helst avdelningen men växeln går också bra. Har du numret?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-oskarshamn' },
      },
    ],
  },
  {
    id: 'p29-15',
    class: 'followUp',
    turns: [
      {
        text: 'vem kan jag kontakta i samordningsgruppen för nära vård?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'samordnande-arbetsgrupp' },
      },
      {
        text: 'vem av dom är analytiker?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' },
      },
      {
        text: 'vad har han för nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p29-16',
    class: 'plain',
    turns: [
      {
        text: 'vem är kommunikatör på nära vård-sidan?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'kommunikatör' },
      },
      {
        text: 'hennes mejl tack',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'email' },
      },
    ],
  },
  {
    id: 'p29-17',
    class: 'spelling',
    turns: [
      {
        text: 'hörru, numret till blå kustens hälsocentrl?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-bla-kusten' },
      },
      { text: 'och gripens', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gripen' } },
    ],
  },
  {
    id: 'p29-18',
    class: 'ownWords',
    turns: [
      {
        text: 'vad gick den där Karlshamnspiloten ut på? nån nämnde den på apt:n',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'karlshamnspiloten' },
      },
      {
        text: 'vilka var kontaktpersoner där?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'karlshamnspiloten' },
      },
    ],
  },
  {
    id: 'p29-19',
    class: 'followUp',
    turns: [
      { text: 'Good morning', locale: 'en-US', expect: { kind: 'greeting', lang: 'en' } },
      {
        text: "who's the verksamhetschef at Borgholm HC?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'his phone number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p29-20',
    class: 'ownWords',
    turns: [
      {
        text: 'Do you have contact details for Ragnhild Holmberg? She was running the patient contract project in Kalmar',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'notFound' },
      },
      {
        text: 'ok. who can I contact in the coordination group then?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'samordnande-arbetsgrupp' },
      },
    ],
  },
  {
    id: 'p29-21',
    class: 'ownWords',
    turns: [
      {
        text: 'har ni numret till Torsås hälsocentral?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'notFound' },
      },
      {
        text: 'okej. lasarettet i Kalmar då?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-kalmar' },
      },
    ],
  },
  {
    id: 'p29-22',
    class: 'plain',
    turns: [
      { text: 'vad kan du hjälpa till med?', expect: { kind: 'help', lang: 'sv' } },
      {
        text: 'vilka hälsocentraler finns i Hultsfreds kommun',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Hultsfred',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'numret till Mörlunda',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-morlunda' },
      },
    ],
  },
  {
    id: 'p29-23',
    class: 'followUp',
    turns: [
      {
        text: 'Who is the contact for the Oskarshamn cluster?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'oskarshamn-cluster' },
      },
      {
        text: "Anna Dahl's mobile?",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'anna-dahl', field: 'mobile' },
      },
      {
        text: "and Helene's?",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p29-24',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 har vi som int har nån fast läkare?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och för Kristineberg?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'visa vilka det är hos oss',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
    ],
  },
  {
    id: 'p29-25',
    class: 'language',
    turns: [
      {
        text: 'jag är chef på Nybro hc, ställ in det som min hälsocentral',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-nybro' },
      },
      {
        text: 'hur stor andel av våra rub 5 har en SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
      {
        text: 'och för Emmaboda?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-emmaboda', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p29-26',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub 5-patienter finns det i hela länet?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region' },
      },
      {
        text: 'hur många av dom har varit på akuten?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'akutbesok' },
      },
      {
        text: 'och åkt ambulans?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'ambulans' },
      },
    ],
  },
  {
    id: 'p29-27',
    class: 'wordFormation',
    turns: [
      {
        text: 'RUB5-fördelningen mellan hälsocentralerna för dom utan fast läkarkontakt, mars -23',
        expect: {
          kind: 'rubDistribution',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          period: '2023-03',
        },
      },
      {
        text: 'och i februari?',
        expect: {
          kind: 'rubDistribution',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          period: '2023-02',
        },
      },
    ],
  },
  {
    id: 'p29-28',
    class: 'details',
    turns: [
      {
        text: 'How has the share of RUB 5 patients without a named GP changed at our health centre since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
        },
      },
      {
        text: 'and for the whole county?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p29-29',
    class: 'wordFormation',
    turns: [
      {
        text: 'hur ligger vi till mot Blå Kusten och Gripen i SIP-andel?',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-bla-kusten', 'hc-gripen'],
          measure: 'withSip',
        },
      },
      {
        text: 'och ambulansåkningar?',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-bla-kusten', 'hc-gripen'],
          measure: 'ambulans',
        },
      },
    ],
  },
  {
    id: 'p29-30',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag har nyss börjat som chef i Västervik och ska träffa kommunen på torsdag om hemsjukvården. Kan du ta fram hur många RUB 5-patienter på Esplanaden som har pågående hemsjukvård?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-esplanaden', measure: 'hemsjukvard' },
      },
      {
        text: 'och hur många av dom har haft kontakt med psykiatrin?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-esplanaden', measure: 'psykiatri' },
      },
    ],
  },
  {
    id: 'p29-31',
    class: 'followUp',
    turns: [
      {
        text: "Show me our RUB5 patients who don't have a regular doctor",
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true },
      },
      {
        text: 'next page',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'next',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true, page: 2 },
      },
    ],
  },
  {
    id: 'p29-32',
    class: 'spelling',
    turns: [
      {
        text: 'hur många rub5 patinter har haft återinlägning hos oss i febuari?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'aterinlaggning',
          period: '2023-02',
        },
      },
      {
        text: 'och akutbesök?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'akutbesok',
          period: '2023-02',
        },
      },
    ],
  },
  {
    id: 'p29-33',
    class: 'plain',
    turns: [
      {
        text: 'jämför Hultsfred och Vimmerby på återinläggningar',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-hultsfred', 'hc-vimmerby'],
          measure: 'aterinlaggning',
        },
      },
      { text: 'tack, bra', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p29-34',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många rub 4:or finns det på Färjestan?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-farjestaden', level: 4 },
      },
      {
        text: 'och rub 5?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-farjestaden', level: 5 },
      },
    ],
  },
  {
    id: 'p29-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för Oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p29-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Can we get the weekly digest posted here every Friday at 2pm, for the whole region?',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 5,
          time: '14:00',
          digestScope: 'region',
        },
      },
      {
        text: 'which subscriptions does this channel have now?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p29-37',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev är igång i den här kanalen?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'pausa det över sommaren',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      {
        text: 'nu kan ni dra igång veckobrevet igen',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
    ],
  },
  {
    id: 'p29-38',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'hur många rub5 utan fast läkare har vi just nu?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'ok. och sluta posta veckobrevet här förresten, vi kör det i en annan kanal numera',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p29-39',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'lägg upp ett veckobrev för Berga och Stensö, tisdagar halv nio',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 2,
          time: '08:30',
          digestScope: 'units:hc-berga,hc-stenso',
        },
      },
      { text: 'visa en förhandsvisning', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p29-40',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej! Kan du prenumerera kanalen på veckobrevet för Västervik, onsdagar 07.30',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 3,
          time: '07:30',
          digestScope: 'area:Västervik',
        },
      },
      { text: 'kan jag få se en förhandsvisning?', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'vilka prenumerationer har vi här nu?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  // Round p30 (issue 12): Monday morning after a long weekend, written blind; before tuning
  // 87/96 (90.6 %).
  {
    id: 'p30-01',
    class: 'followUp',
    turns: [
      {
        text: 'God morron! Åke Åkesson har sökt mig i fredags, vilket nummer har han?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'och mejladressen?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'email' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p30-02',
    class: 'followUp',
    turns: [
      {
        text: "Hi, there's a voicemail from Borgholm health centre from Friday. What's their number?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-borgholm' },
      },
      {
        text: "who's the verksamhetschef there?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'and his direct number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p30-03',
    class: 'spelling',
    turns: [
      {
        text: 'telefonnr till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'mobilen?',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
    ],
  },
  {
    id: 'p30-04',
    class: 'language',
    turns: [
      {
        text: 'vem är kontaktperson för hemsjukhuset i Borgholm?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'vilka är med i det projektet?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p30-05',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag jobbar som distriktssköterska i Högsby och var ledig i fredags. Nu ligger det ett meddelande från socialtjänsten om en brukare med alkoholproblem, de vill att vi samverkar mer kring honom. Vem är kontaktperson för samverkan kring beroende på hälsocentralen?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'har hon nåt telefonnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'phone' },
      },
    ],
  },
  {
    id: 'p30-06',
    class: 'followUp',
    turns: [
      {
        text: 'who should I get in touch with about the Oskarshamn cluster?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'oskarshamn-cluster' },
      },
      {
        text: "Anna Dahl's email?",
        expect: { kind: 'personLookup', lang: 'en', person: 'anna-dahl', field: 'email' },
      },
      {
        text: "and Helene's",
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p30-07',
    class: 'wordFormation',
    turns: [
      {
        text: 'Blå Kustens HC:s nummer?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-bla-kusten' },
      },
      { text: 'och Gripens?', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gripen' } },
      {
        text: 'Kristinebergs då',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-kristineberg' },
      },
    ],
  },
  {
    id: 'p30-08',
    class: 'ownWords',
    turns: [
      {
        text: 'måste ringa tillbaka ambulansen om en patient vi hade i helgen, hur får jag tag på dom',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'ambulans' },
      },
      {
        text: 'och akutmottagningen i Västervik?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-vastervik' },
      },
    ],
  },
  {
    id: 'p30-09',
    class: 'spelling',
    turns: [
      {
        text: 'kontaktuppgifter till öppenvårdspsykiatrin i vimerby',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
      {
        text: 'och den vanliga psykiatrin, alltså inte den i Vimmerby?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psykiatrin' },
      },
    ],
  },
  {
    id: 'p30-10',
    class: 'language',
    turns: [
      {
        text: "Who's the analyst in the Nära vård coordination group?",
        locale: 'en-GB',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'analytiker' },
      },
      {
        text: 'can I have his email',
        locale: 'en-GB',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson', field: 'email' },
      },
      {
        text: "and Julia Strom's mobile?",
        locale: 'en-GB',
        expect: { kind: 'personLookup', lang: 'en', person: 'julia-strom', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p30-11',
    class: 'followUp',
    turns: [
      {
        text: 'vem är basenhetschef på Kristinberg nu för tiden?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'och på Blå Kusten?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
      {
        text: 'Gripen då',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-gripen' },
      },
    ],
  },
  {
    id: 'p30-12',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Västervik municipality please',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'vasterviks-kommun' },
      },
      {
        text: "and Oskarshamn's?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'oskarshamns-kommun' },
      },
      { text: 'thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p30-13',
    class: 'ownWords',
    turns: [
      {
        text: 'hemtjänsten i Borgholm ringde i helgen om en gemensam patient. vart ringer jag kommunens hemsjukvård där?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'borgholms-kommun' },
      },
      {
        text: 'tack, och Högsby kommun?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hogsby-kommun' },
      },
    ],
  },
  {
    id: 'p30-14',
    class: 'plain',
    turns: [
      {
        text: 'Ragnhild Holmberg, har hon något nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'phone' },
      },
      {
        text: 'okej. vem är samordnare för nära vård då?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
    ],
  },
  {
    id: 'p30-15',
    class: 'followUp',
    turns: [
      {
        text: 'Maria på nära vård sökte mig i fredags, vad har hon för nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
      },
      { text: 'Svensson', expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson' } },
    ],
  },
  {
    id: 'p30-16',
    class: 'language',
    turns: [
      {
        text: 'which health centres are there in Västervik?',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: "Gamleby's phone number?",
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
      { text: 'and Överum?', expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-overum' } },
    ],
  },
  {
    id: 'p30-17',
    class: 'followUp',
    turns: [
      {
        text: 'vad fokuserar Västervikprojektet kring hemsjukvården på?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
        },
      },
      {
        text: 'och målgruppen?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
        },
      },
      {
        text: 'finns det nån kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
    ],
  },
  {
    id: 'p30-18',
    class: 'plain',
    turns: [
      {
        text: "what's Karlshamnspiloten about?",
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'en', group: 'karlshamnspiloten' },
      },
      {
        text: 'who can I talk to about it?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'karlshamnspiloten' },
      },
    ],
  },
  {
    id: 'p30-19',
    class: 'followUp',
    turns: [
      {
        text: 'vem är kommunikatör i samordningsgruppen?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'kommunikatör' },
      },
      {
        text: 'hennes mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'email' },
      },
    ],
  },
  {
    id: 'p30-20',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hultsfredsklustrets kontaktpersoner?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hultsfred' },
      },
      {
        text: 'vilka deltar i det då?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'participants' },
      },
    ],
  },
  {
    id: 'p30-21',
    class: 'spelling',
    turns: [
      {
        text: 'numer till ortopeden i oskarshamn',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-oskarshamn' },
      },
      { text: 'tack så mycke', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p30-22',
    class: 'plain',
    turns: [
      { text: 'good morning!', expect: { kind: 'greeting', lang: 'en' } },
      { text: 'what can you help me with?', expect: { kind: 'help', lang: 'en' } },
    ],
  },
  {
    id: 'p30-23',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm a nurse at Stensö, just back after the long weekend. A relative told me the district nurse in Mörbylånga tried to reach us about a shared patient on Friday. Could you give me the number for Mörbylånga health centre?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-morbylanga' },
      },
      {
        text: 'and Färjestaden?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-farjestaden' },
      },
    ],
  },
  {
    id: 'p30-24',
    class: 'followUp',
    turns: [
      {
        text: 'Hur ser rub5 ut på min hc? har veckomöte kl 10 och vill vara förberedd',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine' },
      },
      {
        text: 'hur många av dem saknar fast läkare',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och för Nybro?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p30-25',
    class: 'followUp',
    turns: [
      {
        text: 'Morning! Can I get the list of RUB 5 pateints without a named GP at my health centre?',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true, page: 2 },
      },
    ],
  },
  {
    id: 'p30-26',
    class: 'details',
    turns: [
      {
        text: 'andel rub5 med SIP på Gripen i februari 2023?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          measure: 'withSip',
          period: '2023-02',
        },
      },
      {
        text: 'och i december?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-gripen',
          measure: 'withSip',
          period: '2022-12',
        },
      },
    ],
  },
  {
    id: 'p30-27',
    class: 'language',
    turns: [
      {
        text: 'how has the share of RUB 5 without fast läkarkontakt changed for us since August 2022?',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
        },
      },
      {
        text: 'and for the whole region?',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p30-28',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka hälsocentraler sticker ut med flest rub 5 som inte har nån fast läkare?',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'och hur såg det ut i augusti 2022?',
        expect: {
          kind: 'rubDistribution',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          period: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p30-29',
    class: 'plain',
    turns: [
      {
        text: 'jämför Gripen, Kristineberg och Blå Kusten på andel med SIP',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withSip',
        },
      },
      {
        text: 'och på fast läkarkontakt?',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p30-30',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Sen förra veckan jobbar jag som basenhetschef på Mönsterås istället för Esplanaden, men när jag frågar om min hc får jag fortfarande Esplanadens siffror. Kan du ändra min hälsocentral till Mönsterås?',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-monsteras' },
      },
      {
        text: 'visa rub5-siffrorna för min hc nu',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine' },
      },
    ],
  },
  {
    id: 'p30-31',
    class: 'followUp',
    turns: [
      {
        text: 'how many of our RUB 5 patients have been to the ER?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', measure: 'akutbesok' },
      },
      {
        text: 'and ambulance?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', measure: 'ambulans' },
      },
      {
        text: 'readmissions?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', measure: 'aterinlaggning' },
      },
    ],
  },
  {
    id: 'p30-32',
    class: 'spelling',
    turns: [
      {
        text: 'antal rub 5 med hemsjukvåd på stenso',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-stenso', measure: 'hemsjukvard' },
      },
      {
        text: 'och med sip?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-stenso', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p30-33',
    class: 'language',
    turns: [
      {
        text: 'hur stor andel av alla rub5 i regionen har varit i kontakt med psykiatrin?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'psykiatri' },
      },
      {
        text: 'och med rehab?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'rehabilitering' },
      },
    ],
  },
  {
    id: 'p30-34',
    class: 'details',
    turns: [
      {
        text: 'visa utvecklingen för andelen utan fast läkare på Esplanaden från oktober till mars',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          from: '2022-10',
          to: '2023-03',
        },
      },
      {
        text: 'samma för Gamleby',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-gamleby',
          from: '2022-10',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p30-35',
    class: 'wordFormation',
    turns: [
      {
        text: 'kan jag få listan på rub4-patienterna utan fast läkare hos oss?',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', level: 4, without: true },
      },
      {
        text: 'samma för rub 5',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', level: 5, without: true },
      },
      {
        text: 'nästa',
        expect: {
          kind: 'patientList',
          lang: 'sv',
          scope: 'mine',
          level: 5,
          without: true,
          page: 1,
        },
      },
    ],
  },
  {
    id: 'p30-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera den här kanalen på veckobrevet för Västervik, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Västervik',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'toppen, tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p30-37',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests is this channel subscribed to?',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'pause the Oskarshamn one for a couple of weeks',
        expect: { kind: 'digestPause', lang: 'en' },
      },
    ],
  },
  {
    id: 'p30-38',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrevet har stått pausat sen före helgen, kan ni dra igång det igen?',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
      { text: 'och visa det nu direkt', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p30-39',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to a weekly digest for Gripen and Kristineberg, Tuesdays at 7:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 2,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      { text: 'preview it', locale: 'en-US', expect: { kind: 'digestPreview', lang: 'en' } },
      { text: 'thanks!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p30-40',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'hej, sätt upp veckobrevet för hela länet i den här kanalen, måndagar 09.00',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '09:00',
          digestScope: 'region',
        },
      },
      {
        text: 'vilka prenumerationer har vi nu?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'säg upp den gamla för Oskarshamn, den behövs inte längre',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  // Round p31, written blind: the first snowy week of December: temps and stand-ins covering for colleagues.
  {
    id: 'p31-01',
    class: 'followUp',
    turns: [
      {
        text: 'Hej, jag är ny vikarie på Gripen och behöver få tag på chefen på Kristineberg, vem är BEC där?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och hennes nummer?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejl då?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-02',
    class: 'followUp',
    turns: [
      {
        text: 'who do I contact about Hemsjukhuset in Borgholm?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: "what's his number?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: 'does he have a mobile too',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-03',
    class: 'wordFormation',
    turns: [
      {
        text: "Åke Åkesson's direct number?",
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: "and Borgholm HC's switchboard",
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-04',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Sofia och är inhyrd sjuksköterska på Högsby hälsocentral den här veckan eftersom halva personalen ligger hemma med influensa. Vi har en patient med alkoholproblem och jag behöver veta vem som håller i samverkan med kommunen kring beroende. Vem ska jag kontakta?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vilka mer är med i det?',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'och numret till Högsby kommun?',
        expect: { kind: 'unitLookup', unit: 'hogsby-kommun', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-05',
    class: 'spelling',
    turns: [
      {
        text: 'telefon till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilen?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'vad jobbar hon med egentligen',
        expect: { kind: 'personLookup', person: 'maria-alvinsson-hilberth', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-06',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det nån analytiker på regionen jag kan ringa om våra listor? min chef är ledig hela veckan',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
      {
        text: 'hans mejl?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-07',
    class: 'language',
    turns: [
      {
        text: 'Who are the contact people for Oskarsgruppen?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: "what is the group's focus?",
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', aspect: 'focus', lang: 'en' },
      },
      {
        text: 'and the target groups?',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p31-08',
    class: 'followUp',
    turns: [
      {
        text: 'nummer till Nybro hälsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'sv' },
      },
      { text: 'och Emmaboda?', expect: { kind: 'unitLookup', unit: 'hc-emmaboda', lang: 'sv' } },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p31-09',
    class: 'followUp',
    turns: [
      {
        text: 'how do I reach the outpatient psychiatry in Vimmerby?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'en' },
      },
      {
        text: 'and the ambulance service?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'en' },
      },
      { text: 'great, thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p31-10',
    class: 'plain',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholms HC?',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'har du numret till honom',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-11',
    class: 'spelling',
    turns: [
      {
        text: 'who is contact persn for the hultsfred clustr?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'en' },
      },
      {
        text: 'who partcipates in it',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-12',
    class: 'language',
    turns: [
      {
        text: 'vilka hälsocentraler finns i Västervik?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Borgholm?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Borgholm',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'vilka sjukhus finns det i Kalmar då',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', municipality: 'Kalmar', unitKind: 'sjukhus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'Annas nummer på Blå Kusten',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'sv' },
      },
      {
        text: 'Helenes på Kristineberg då?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'vilket projekt är de kontaktpersoner för, vad handlar det om?',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-14',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I'm a locum nurse from Norway working at Stora Trädgårdsgatan through December. My colleague is off sick and I was told there's a home care collaboration in Västervik with the hospital and the municipality. Who is involved in it?",
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'And who should I contact?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'en' },
      },
      {
        text: "ok, what's Esplanaden's phone number then?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-esplanaden', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-15',
    class: 'followUp',
    turns: [
      {
        text: 'nummer till Maria',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
      {
        text: 'Svensson, utvecklingsledaren',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-16',
    class: 'followUp',
    turns: [
      {
        text: 'Telefon till Lotta Bergqvist på Kvarnholmen? hon är min handledare men ligger hemma med feber',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      {
        text: 'ok då Kvarnholmens nummer',
        expect: { kind: 'unitLookup', unit: 'hc-kvarnholmen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-17',
    class: 'ownWords',
    turns: [
      {
        text: "I'm filling in for our unit head who's on parental leave. Who are the Nära vård coordinators at the region?",
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: "the one in the coordination group, what's her email?",
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-18',
    class: 'followUp',
    turns: [
      {
        text: 'Susanna Althini',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
      {
        text: 'vilken hälsocentral jobbar hon på',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
      { text: 'ge mig numret dit', expect: { kind: 'unitLookup', unit: 'hc-hogsby', lang: 'sv' } },
    ],
  },
  {
    id: 'p31-19',
    class: 'spelling',
    turns: [
      {
        text: 'contct for akuten in Västervik pls',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'en' },
      },
      {
        text: 'and oskarshamn?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-20',
    class: 'wordFormation',
    turns: [
      {
        text: 'Emma Rydhs mejladress',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'sv' },
      },
      {
        text: 'Julia Ströms också',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-21',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Karin och hoppar in som tf basenhetschef på Gripen den här veckan, ordinarie chef är sjukskriven och jag har inte koll på siffrorna alls. Hur många av RUB 5-patienterna på Gripen saknar fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-gripen',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och på Kristineberg?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'kan du jämföra dem med varandra',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-kristineberg'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-22',
    class: 'followUp',
    turns: [
      {
        text: "set my health centre to Esplanaden, I'm covering there this week",
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-esplanaden', lang: 'en' },
      },
      {
        text: 'show me the RUB 5 patients without a regular doctor at my HC',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-23',
    class: 'ownWords',
    turns: [
      {
        text: 'hur stor andel av de mest komplexa patienterna hos oss har en samordnad individuell plan?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och i hela regionen?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-24',
    class: 'followUp',
    turns: [
      {
        text: 'utvecklingen för andelen rub5 utan fast läkare hos oss sedan augusti 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'what about Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-nybro',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p31-25',
    class: 'plain',
    turns: [
      {
        text: 'fördelning mellan hälsocentraler för RUB5 som saknar fast läkarkontakt',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'kan jag få samma för RUB 4?',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p31-26',
    class: 'spelling',
    turns: [
      {
        text: 'hur många rub5 pattienter på Mönsterås hc har besökt akutn?',
        expect: { kind: 'rubSummary', scope: 'hc-monsteras', measure: 'akutbesok', lang: 'sv' },
      },
      {
        text: 'och återinlägnigar?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p31-27',
    class: 'language',
    turns: [
      {
        text: 'Which health centres have the highest share of RUB 5 patients without fast läkarkontakt?',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      {
        text: 'and with a SIP?',
        expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-28',
    class: 'wordFormation',
    turns: [
      {
        text: 'Borgholms och Löttorps RUB 5-siffror bredvid varandra, tack',
        expect: { kind: 'rubCompare', units: ['hc-borgholm', 'hc-lottorp'], lang: 'sv' },
      },
      {
        text: 'samma för RUB 4',
        expect: { kind: 'rubCompare', units: ['hc-borgholm', 'hc-lottorp'], level: 4, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-29',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm Jonas, I started on Monday as acting unit manager at Vimmerby HC while the regular manager is on sick leave, and I'm still finding my way around. Could you show me the list of RUB 5 patients at Vimmerby who don't have a fast läkarkontakt?",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-vimmerby', without: true, lang: 'en' },
      },
      {
        text: "thanks, that's really helpful",
        locale: 'en-US',
        expect: { kind: 'thanks', lang: 'en' },
      },
    ],
  },
  {
    id: 'p31-30',
    class: 'followUp',
    turns: [
      {
        text: 'RUB5 på Färjestaden',
        expect: { kind: 'rubSummary', scope: 'hc-farjestaden', lang: 'sv' },
      },
      {
        text: 'och Mörbylånga?',
        expect: { kind: 'rubSummary', scope: 'hc-morbylanga', lang: 'sv' },
      },
      {
        text: 'hur har det förändrats där sen oktober 2022?',
        expect: { kind: 'rubTrend', scope: 'hc-morbylanga', from: '2022-10', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-31',
    class: 'wordFormation',
    turns: [
      {
        text: 'hur många av våra RUB5:or har åkt ambulans?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och hur många har haft kontakt med psyk?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'psykiatri', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-32',
    class: 'language',
    turns: [
      {
        text: 'compare Stensö, Berga and Norrliden on share with SIP',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'same thing for November 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          measure: 'withSip',
          period: '2022-11',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p31-33',
    class: 'spelling',
    turns: [
      {
        text: 'patientlista rub 5 utan fast läkare gamlebyy',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-gamleby', without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'hc-gamleby', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-34',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera den här kanalen på veckobrevet för Oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p31-35',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej allihop, jag är Eva och vikarierar som samordnare för Linnea som är föräldraledig fram till februari. Hon satte visst upp ett veckobrev i den här kanalen men jag vet inte riktigt vad. Vilka prenumerationer finns här?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'kan du visa hur det ser ut?', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'ok, pausa det över jul och nyår', expect: { kind: 'digestPause', lang: 'sv' } },
    ],
  },
  {
    id: 'p31-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Subscribe this channel to the weekly digest – Fridays at 2 pm, only Gripen and Kristineberg',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      { text: 'can you show a preview?', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p31-37',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'Hanna är tillbaka från sjukskrivningen nu, sätt igång veckobrevet igen',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      {
        text: 'vad har vi för prenumerationer här nu?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p31-38',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerea på veckobrevt för hela länet, tisdagr halv nio',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '08:30',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      { text: 'vilka prenumerationr har kanalen nu', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p31-39',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: "we don't need the weekly digest in this channel any more, please unsubscribe us",
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
      { text: 'thanks', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p31-40',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev för Västerviks hälsocentraler varje torsdag kvart över sju',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '07:15',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'hur kommer det att se ut?', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  // Round p32, written blind: a new manager's first month.
  {
    id: 'p32-01',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Linnea och har precis börjat som basenhetschef här på hälsocentralen. Min företrädare nämnde något som heter Oskarsgruppen och att vi borde ha bra kontakt med dem. Vem är det man vänder sig till där?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'vad jobbar de med?',
        expect: { kind: 'groupDetails', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'vilka deltar?',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p32-02',
    class: 'wordFormation',
    turns: [
      {
        text: 'åke åkessons telefonnr',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och hans mejl?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p32-03',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I started last week as unit manager at one of the health centres and I'm trying to map out who we work with. A colleague told me about the home hospital in Borgholm - who is the contact person for that?",
        locale: 'sv-SE',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: "what's his phone number?",
        locale: 'sv-SE',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-04',
    class: 'followUp',
    turns: [
      {
        text: 'vem är kristinebergs basenhetchef',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och på blå kusten?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'hennes mejl?',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-05',
    class: 'wordFormation',
    turns: [
      {
        text: 'Susanna Althinis mejladress',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
      {
        text: 'och telefonnumret',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-06',
    class: 'plain',
    turns: [
      {
        text: 'nummer till Gripens hälsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'och Kristineberg?',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-07',
    class: 'language',
    turns: [
      {
        text: 'who is the contact person for the Högsby project on alcohol and addiction?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      {
        text: 'can I have her email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-08',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns i Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Kalmar?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      { text: 'hur når jag Berga?', expect: { kind: 'unitLookup', unit: 'hc-berga', lang: 'sv' } },
    ],
  },
  {
    id: 'p32-09',
    class: 'followUp',
    turns: [
      {
        text: 'vem är Marie Ragnarsson?',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'sv' },
      },
      {
        text: 'och Mathias Karlsson då?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', lang: 'sv' },
      },
      {
        text: 'har han nåt telefonnummer',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-10',
    class: 'language',
    turns: [
      {
        text: 'who can I contact in the coordinating working group for nära vård?',
        locale: 'sv-SE',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'en' },
      },
      {
        text: 'email to Emma Rydh please',
        locale: 'sv-SE',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'en' },
      },
      { text: 'thanks a lot!', locale: 'sv-SE', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p32-11',
    class: 'spelling',
    turns: [
      {
        text: 'alvinson hilbert mobil',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'direktnumret?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p32-12',
    class: 'followUp',
    turns: [
      {
        text: 'telefon till Svensson',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
      {
        text: 'Helene',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-13',
    class: 'language',
    turns: [
      {
        text: "I'm looking for Maria who works with nära vård",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ambiguous', lang: 'en' },
      },
      {
        text: 'the development lead',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-14',
    class: 'ownWords',
    turns: [
      {
        text: 'Läste en gammal artikel om patientkontrakt på Oskarshamns sjukhus. Jobbar Ragnhild Holmberg kvar, har ni hennes nummer?',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      {
        text: 'okej. vem är samordnare för nära vård då?',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-15',
    class: 'language',
    turns: [
      {
        text: 'what is the Karlshamn pilot about?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'who took part in it?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'and who are the contacts?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-16',
    class: 'followUp',
    turns: [
      {
        text: 'hur kommer jag i kontakt med öppenvårdspsykiatrin i Vimmerby?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
      {
        text: 'och ambulansen?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-17',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hultsfredsklustrets kontaktpersoner',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
      {
        text: 'vilka deltar i det då',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-18',
    class: 'language',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholms hälsocentral?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'och i löttorp?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-lottorp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-19',
    class: 'plain',
    turns: [
      {
        text: "what's the address of Stensö health centre?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'en' },
      },
      {
        text: 'and Norrliden?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-norrliden', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-20',
    class: 'ownWords',
    turns: [
      {
        text: 'du, vilket nummer ringer man till Högsby kommun?',
        expect: { kind: 'unitLookup', unit: 'hogsby-kommun', lang: 'sv' },
      },
      {
        text: 'och Hultsfreds kommun',
        expect: { kind: 'unitLookup', unit: 'hultsfreds-kommun', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-21',
    class: 'ownWords',
    turns: [
      {
        text: 'vad är det där med hälsolotsen i Högsby? chefen på förra jobbet pratade om det',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vilka är med?',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'finns det nån kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-22',
    class: 'language',
    turns: [
      {
        text: "who's the analyst in the nära vård coordination group?",
        locale: 'sv-SE',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'does he have a phone number?',
        locale: 'sv-SE',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-23',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag har varit chef här i tre veckor nu och försöker förstå vilka av våra patienter som är mest komplexa. Hur många RUB 5-patienter har vi som saknar fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur stor andel har SIP?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'kan jag få se listan på de som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-24',
    class: 'followUp',
    turns: [
      {
        text: 'set my health centre to Mönsterås',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'en' },
      },
      {
        text: 'how many RUB 5 patients do we have?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'patients', lang: 'en' },
      },
      {
        text: 'and how has the share without a regular GP changed since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p32-25',
    class: 'ownWords',
    turns: [
      {
        text: 'hur ligger vi till jämfört med Nybro när det gäller andelen utan fast läkare?',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och andel med SIP?',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-nybro'], measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-26',
    class: 'language',
    turns: [
      {
        text: 'which health centres have the most RUB 5 patients without a fast läkarkontakt?',
        locale: 'sv-SE',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      {
        text: 'how has that changed since Aug 2022 for the whole region?',
        locale: 'sv-SE',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p32-27',
    class: 'details',
    turns: [
      {
        text: 'hur har andelen utan fast läkare förändrats hos oss mellan aug 22 och mars 23?',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p32-28',
    class: 'followUp',
    turns: [
      {
        text: 'visa rub5-patienterna på min hc som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
      {
        text: 'föregående',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-29',
    class: 'followUp',
    turns: [
      {
        text: 'hur många RUB 5-patienter i hela regionen har åkt ambulans?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och återinläggningar?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'aterinlaggning', lang: 'sv' },
      },
      {
        text: 'psykiatrin då?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'psykiatri', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-30',
    class: 'followUp',
    turns: [
      {
        text: 'What share of the RUB5 patients at Kristineberg have a SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-kristineberg', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'and at Gripen?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'withSip', lang: 'en' },
      },
      {
        text: 'can you compare the two?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-gripen'],
          measure: 'withSip',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p32-31',
    class: 'spelling',
    turns: [
      {
        text: 'rub 5 pa farjestadens hc',
        expect: { kind: 'rubSummary', scope: 'hc-farjestaden', lang: 'sv' },
      },
      {
        text: 'hur manga saknar fast lakare dar',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-farjestaden',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p32-32',
    class: 'language',
    turns: [
      {
        text: 'how many of our rub5 patients have hemsjukvård?',
        locale: 'sv-SE',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'hemsjukvard', lang: 'en' },
      },
      {
        text: 'and rehab contact?',
        locale: 'sv-SE',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'rehabilitering', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-33',
    class: 'followUp',
    turns: [
      {
        text: 'how many RUB 5 patients lack a regular doctor at Emmaboda?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-emmaboda',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'what about Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p32-34',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka patienter med RUB 5 saknar fast läkarkontakt hos oss?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'ok, hur många är det då?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p32-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för hälsocentralerna i Oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'vilka prenumerationer har vi här nu?', expect: { kind: 'digestList', lang: 'sv' } },
      { text: 'visa hur veckobrevet ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p32-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Nybro and Emmaboda health centres, Fridays at 14:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:30',
          digestScope: 'units:hc-nybro,hc-emmaboda',
          lang: 'en',
        },
      },
      {
        text: 'can I see a preview?',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p32-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'kan vi få veckobrevet för hela regionen på torsdagar, kvart i nio?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '08:45',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p32-38',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'kan vi pausa veckobrevet över sommaren?',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      {
        text: 'nu är semestern slut, starta veckobrevet igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p32-39',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'what digest subscriptions does this channel have?',
        locale: 'sv-SE',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'unsubscribe us please, we already get it in the team channel',
        locale: 'sv-SE',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
      { text: 'thx', locale: 'sv-SE', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p32-40',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'lägg upp veckobrevet för vastervik, onsdagar 7.30',
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '07:30',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'visa veckobrevet nu', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  // Round p33, written blind: a year in, terse regular users and a few long polite newcomers.
  {
    id: 'p33-01',
    class: 'followUp',
    turns: [
      {
        text: 'tel åke åkesson',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'mejl?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'email' },
      },
      { text: 'tack!', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p33-02',
    class: 'followUp',
    turns: [
      {
        text: "who's BEC at Blå Kusten",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
      {
        text: 'and at Kristineberg?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'email to her?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p33-03',
    class: 'wordFormation',
    turns: [
      {
        text: 'Oskarsgruppens kontaktpersoner',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'vilka fler är med i den',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p33-04',
    class: 'spelling',
    turns: [
      {
        text: 'nr till kristinbergs hc',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-kristineberg' },
      },
      { text: 'gripens då', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gripen' } },
      {
        text: 'adressen till blå kusten',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-bla-kusten' },
      },
    ],
  },
  {
    id: 'p33-05',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och har precis börjat som distriktssköterska i hemsjukvården i Borgholms kommun. Vi har många äldre patienter och jag har hört att det finns ett samarbete med hälsocentralen som kallas Hemsjukhuset. Vem är det jag ska kontakta där? Tack på förhand!',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'Har han något direktnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      { text: 'Tack så jättemycket för hjälpen!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p33-06',
    class: 'language',
    turns: [
      {
        text: 'phone no for Maria Alvinsson Hilberth',
        expect: {
          kind: 'personLookup',
          lang: 'en',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'mobile?',
        expect: {
          kind: 'personLookup',
          lang: 'en',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
    ],
  },
  {
    id: 'p33-07',
    class: 'ownWords',
    turns: [
      {
        text: 'vem snackar man med om alkoholgrejen i högsby',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
      {
        text: 'har hon nån mejl',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'email' },
      },
      {
        text: 'och hälsolotsen, vad är det för nåt?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hogsby-halsolots' },
      },
    ],
  },
  {
    id: 'p33-08',
    class: 'followUp',
    turns: [
      {
        text: 'contacts for Karlshamnspiloten?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'karlshamnspiloten' },
      },
      {
        text: 'what are they working on',
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'en', group: 'karlshamnspiloten' },
      },
      {
        text: 'who takes part?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p33-09',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hc finns i västervik',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'och i nybro?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
        },
      },
      { text: 'numret dit då', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-nybro' } },
    ],
  },
  {
    id: 'p33-10',
    class: 'language',
    turns: [
      {
        text: 'how do I reach Esplanaden',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-esplanaden' },
      },
      {
        text: 'what about Gamleby?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
      {
        text: 'and Överum',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-overum' },
      },
      { text: 'thx', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p33-11',
    class: 'spelling',
    turns: [
      {
        text: 'susanna altini tel',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'phone' },
      },
      {
        text: 'högsby hc växeln då',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-hogsby' },
      },
      { text: 'och kommunen', expect: { kind: 'unitLookup', lang: 'sv', unit: 'hogsby-kommun' } },
    ],
  },
  {
    id: 'p33-12',
    class: 'ownWords',
    turns: [
      {
        text: 'vem är det som kör analyserna på nära vård, analytikern alltså',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' },
      },
      {
        text: 'hans mejl',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p33-13',
    class: 'wordFormation',
    turns: [
      {
        text: 'nära vård coordinators?',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'samordnare' },
      },
      {
        text: "Marie Ragnarsson's email",
        expect: { kind: 'personLookup', lang: 'en', person: 'marie-ragnarsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p33-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hultsfredsklustrets fokus',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'focus' },
      },
      {
        text: 'målgrupperna?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'targetGroups' },
      },
      {
        text: 'vem är kontakt där',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hultsfred' },
      },
    ],
  },
  {
    id: 'p33-15',
    class: 'plain',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vem är kontaktperson för Västerviksklustret?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
      {
        text: 'vilka är med?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p33-16',
    class: 'language',
    turns: [
      {
        text: "who's the verksamhetschef at Borgholm hc",
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'his number?',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'and the number for psych in Vimmerby',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'psyk-vimmerby' },
      },
    ],
  },
  {
    id: 'p33-17',
    class: 'plain',
    turns: [
      {
        text: 'Ragnhild Holmberg tel',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'phone' },
      },
      {
        text: 'ok. vem har hand om Oskarsmodellen då',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarsmodellen' },
      },
    ],
  },
  {
    id: 'p33-18',
    class: 'followUp',
    turns: [
      {
        text: 'mejl till maria',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'email' },
      },
      {
        text: 'den på planeringsenheten',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'email',
        },
      },
    ],
  },
  {
    id: 'p33-19',
    class: 'followUp',
    turns: [
      {
        text: "Svensson's number",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ambiguous', field: 'phone' },
      },
      {
        text: 'Helene',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p33-20',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! My name is Sarah and I started last week as a junior doctor at Västervik hospital, so I'm still figuring out who is who. We discharge a lot of frail elderly patients to home health care here. I was told there is a collaboration project around hemsjukvård in Västervik – who would be the right person to contact about it? Thank you so much in advance!",
        expect: { kind: 'groupContacts', lang: 'en', group: 'vastervik-esplanaden' },
      },
      {
        text: 'Which units are part of it?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p33-21',
    class: 'ownWords',
    turns: [
      {
        text: 'hur får jag tag på ambulansen, inte 112 alltså',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'ambulans' },
      },
      { text: '1177 då?', expect: { kind: 'unitLookup', lang: 'sv', unit: 'vardguiden-1177' } },
    ],
  },
  {
    id: 'p33-22',
    class: 'wordFormation',
    turns: [
      {
        text: 'Kristinebergs basenhetschef',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'hennes mejl',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p33-23',
    class: 'followUp',
    turns: [
      {
        text: 'min hc är gripen',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-gripen' },
      },
      {
        text: 'hur många rub5 utan fast läkare har vi',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och med sip?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
      { text: 'tack', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p33-24',
    class: 'followUp',
    turns: [
      {
        text: 'rub5 kristineberg',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-kristineberg' },
      },
      { text: 'blå kusten?', expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-bla-kusten' } },
      {
        text: 'jämför dom',
        expect: { kind: 'rubCompare', lang: 'sv', units: ['hc-kristineberg', 'hc-bla-kusten'] },
      },
    ],
  },
  {
    id: 'p33-25',
    class: 'followUp',
    turns: [
      {
        text: 'lista rub5 utan fast läk hos oss',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 2 },
      },
      {
        text: 'föregående',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
    ],
  },
  {
    id: 'p33-26',
    class: 'language',
    turns: [
      {
        text: 'how has the share of RUB 5 without a named GP changed since Aug 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
        },
      },
      {
        text: 'and for us?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p33-27',
    class: 'plain',
    turns: [
      {
        text: 'fördelning mellan hälsocentralerna för rub5 utan fast läkarkontakt',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'samma för sip',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p33-28',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Camilla och är ny som basenhetschef sedan ett par veckor. Min företrädare berättade att man kan få fram våra mest komplexa patienter här. Skulle du kunna visa vilka av våra RUB 5-patienter som inte har någon fast läkarkontakt? Jag vill gärna gå igenom dem med läkargruppen på torsdag. Tack på förhand!',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'Tack! Och hur stor andel av våra RUB 5 har SIP?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p33-29',
    class: 'details',
    turns: [
      {
        text: 'andel rub5 utan fast läkarkontakt på Mönsterås i december 2022',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-monsteras',
          period: '2022-12',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och i mars 2023?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-monsteras',
          period: '2023-03',
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p33-30',
    class: 'spelling',
    turns: [
      {
        text: 'hur mnga rub 5 på högsy har besökt akutn',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-hogsby', measure: 'akutbesok' },
      },
      {
        text: 'ambulans?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-hogsby', measure: 'ambulans' },
      },
      {
        text: 'återinläggingar då',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-hogsby', measure: 'aterinlaggning' },
      },
    ],
  },
  {
    id: 'p33-31',
    class: 'language',
    turns: [
      {
        text: 'compare Nybro, Emmaboda and Berga on share with SIP',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-nybro', 'hc-emmaboda', 'hc-berga'],
          measure: 'withSip',
        },
      },
      {
        text: 'same for RUB 4',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-nybro', 'hc-emmaboda', 'hc-berga'],
          measure: 'withSip',
          level: 4,
        },
      },
    ],
  },
  {
    id: 'p33-32',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'visa rub5-patienterna utan fast läkare på Emmaboda',
        expect: { kind: 'patientList', lang: 'sv', scope: 'hc-emmaboda', without: true },
      },
      {
        text: 'ok, hur många är det då',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-emmaboda',
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p33-33',
    class: 'details',
    turns: [
      {
        text: 'Stensö: change in share without fast läkarkontakt, March 2023 vs August 2022',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          scope: 'hc-stenso',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
        },
      },
      {
        text: 'same for the whole region',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p33-34',
    class: 'ownWords',
    turns: [
      {
        text: 'how are we doing vs Blå Kusten on patients without a fast läkare?',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['mine', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'and how many rub5 do we have in total',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', measure: 'patients' },
      },
    ],
  },
  {
    id: 'p33-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrev tisd 7.30 oskarshamn',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 2,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'visa hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p33-36',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Kristineberg, mondays 8am',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 1,
          time: '08:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      { text: 'thanks!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p33-37',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev har vi här',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'lägg till ett för västervik, onsdagar kl 13',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 3,
          time: '13:00',
          digestScope: 'area:Västervik',
        },
      },
      {
        text: 'pausa det för oskarshamn över sommarn',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p33-38',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'starta veckobrevet igen',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
      { text: 'förhandsgranska', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p33-39',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej allihop! Jag heter Petra och är ny samordnare för nära vård här i teamet. Jag skulle vilja att den här kanalen får ett veckobrev varje fredag klockan 9 med siffror för hela regionen, så att vi har något att prata om på måndagsmötena. Går det att ordna? Tack!',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 5,
          time: '09:00',
          digestScope: 'region',
        },
      },
      { text: 'Tack, vad smidigt!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p33-40',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'pls cancel the weekly digest in this channel, nobody reads it',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  // Round p34, written blind: the municipalities' side: kommun staff reaching the region.
  {
    id: 'p34-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej, vem är kontaktperson för Hemsjukhuset i Borgholm?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vad har han för nummer?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och mejl?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      { text: 'toppen, tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p34-02',
    class: 'followUp',
    turns: [
      {
        text: 'Hi! I work in home care in Oskarshamn municipality. Who should I contact about Oskarsgruppen?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: "what's Anna Dahl's email?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'en' },
      },
      {
        text: "and Helene's?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-03',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem är Kristinebergs basenhetschef nu för tiden?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'har hon nåt mobilnr?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'mejl då?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-04',
    class: 'ownWords',
    conversation: 'groupChat',
    turns: [
      {
        text: 'nån som vet vilket nummer man ringer till akuten i Västervik?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'sv' },
      },
      {
        text: 'och i Oskarshamn?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-05',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Annika och är MAS i Högsby kommun. Hemtjänsten har börjat fråga om hälsolotsen och social förskrivning och jag vill kunna svara dem ordentligt. Vilka är med i hälsolotsprojektet från regionens och kommunens sida?',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-halsolots',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'finns det nån kontaktperson för det?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-06',
    class: 'ownWords',
    turns: [
      {
        text: 'vem håller i det där samarbetet kring alkohol och missbruk mellan hälsocentralen och kommunen i Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'hur får jag tag på henne?',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
      { text: 'tack så mycket', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p34-07',
    class: 'language',
    turns: [
      {
        text: "Hi, I'm a district nurse in Västervik municipality's home health care. Which health centres are there in Västervik?",
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'what about Nybro?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'ok, can I have the number to that one',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-08',
    class: 'spelling',
    turns: [
      {
        text: 'numret till esplandens hälsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-esplanaden', lang: 'sv' },
      },
      {
        text: 'och stora trädgårdsgatn?',
        expect: { kind: 'unitLookup', unit: 'hc-stora-tradgardsgatan', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-09',
    class: 'followUp',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vilka är med i Västerviks projekt om samverkan kring hemsjukvård?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'vad fokuserar de på?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'sv',
        },
      },
      {
        text: 'och vilka patienter riktar det sig till',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p34-10',
    class: 'followUp',
    turns: [
      {
        text: 'Jobbar som socialsekreterare i Hultsfreds kommun. vilka deltar i Hultsfredsklustret?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
      {
        text: 'ok då ringer jag hälsocentralen direkt, vad har de för nummer',
        expect: { kind: 'unitLookup', unit: 'hc-hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-11',
    class: 'spelling',
    turns: [
      {
        text: 'Marie Ragnarson mejladress?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och Julia Strööms?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'julia-strom', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-12',
    class: 'language',
    turns: [
      {
        text: "who's the verksamhetschef at Borgholms hälsocentral?",
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: 'his phone number please',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-13',
    class: 'followUp',
    turns: [
      {
        text: 'Our home care managers heard about Karlshamnspiloten. Who took part in it?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'and who are the contacts?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-14',
    class: 'ownWords',
    conversation: 'groupChat',
    turns: [
      {
        text: 'behöver få tag på nån på ortopeden i Oskarshamn angående en brukare, vilket nummer gäller?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
      { text: 'tackar!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p34-15',
    class: 'followUp',
    turns: [
      {
        text: 'telefon till Maria',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
      {
        text: 'Alvinsson Hilberth',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilen då?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p34-16',
    class: 'plain',
    turns: [
      {
        text: 'vilka är samordnare för nära vård i regionen?',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
      {
        text: 'hur når jag Marie?',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-17',
    class: 'plain',
    turns: [
      {
        text: 'is there an analyst working with nära vård I can ask about the RUB data?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'his email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-18',
    class: 'longMessage',
    turns: [
      {
        text: "Hello, I started as a social worker in Oskarshamn municipality last month and I'm putting together a list of region contacts for our team. First one: how do I reach the ambulance service?",
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'en' },
      },
      { text: 'and 1177?', expect: { kind: 'unitLookup', unit: 'vardguiden-1177', lang: 'en' } },
    ],
  },
  {
    id: 'p34-19',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Eva Lindqvist at Gamleby health centre',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'en' },
      },
      {
        text: 'ok, then the health centre itself',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-20',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem kan jag kontakta i samordningsgruppen för nära vård?',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'sv' },
      },
      {
        text: 'Emma Rydhs nummer?',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-21',
    class: 'wordFormation',
    turns: [
      {
        text: "what's the address and phone for Blå Kustens HC?",
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-bla-kusten', lang: 'en' },
      },
      {
        text: 'and Gripens?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-22',
    class: 'spelling',
    turns: [
      {
        text: 'öppenvårdspsyk i vimerby, nummer?',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
      { text: 'tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p34-23',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är verksamhetschef på en av hälsocentralerna i Oskarshamn och vi ska ha samverkansmöte med kommunen om ett par veckor. De vill prata om SIP. Hur stor andel av våra RUB 5-patienter har en SIP?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och hur många av dem har pågående hemsjukvård?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'hemsjukvard', lang: 'sv' },
      },
      {
        text: 'jämför oss med Kristineberg och Blå Kusten på det',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
      { text: 'tack, det räcker för mötet', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p34-24',
    class: 'followUp',
    turns: [
      {
        text: 'set my health centre to Esplanaden',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-esplanaden', lang: 'en' },
      },
      {
        text: "how many of our RUB 5 patients don't have a named GP?",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'how has that changed since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p34-25',
    class: 'followUp',
    turns: [
      {
        text: 'kan jag få en lista på våra rub5-patienter som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      { text: 'tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p34-26',
    class: 'language',
    turns: [
      {
        text: 'For the meeting with the municipalities I need the distribution between health centres of RUB 5 patients without fast läkarkontakt',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      { text: 'same for SIP', expect: { kind: 'rubDistribution', measure: 'withSip', lang: 'en' } },
    ],
  },
  {
    id: 'p34-27',
    class: 'details',
    turns: [
      {
        text: 'jämför Hultsfreds HC och Mörlunda på återinläggningar för RUB 5',
        expect: {
          kind: 'rubCompare',
          units: ['hc-hultsfred', 'hc-morlunda'],
          measure: 'aterinlaggning',
          lang: 'sv',
        },
      },
      {
        text: 'och akutbesök?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-hultsfred', 'hc-morlunda'],
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p34-28',
    class: 'wordFormation',
    turns: [
      {
        text: 'Högsby HC:s SIP-andel, hur har den utvecklats sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-hogsby',
          measure: 'withSip',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p34-29',
    class: 'followUp',
    turns: [
      {
        text: 'what share of RUB 5 patients in the whole region have been in contact with psychiatry?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'psykiatri', lang: 'en' },
      },
      {
        text: 'and at Vimmerby HC?',
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', measure: 'psykiatri', lang: 'en' },
      },
      {
        text: 'and Hultsfred?',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', measure: 'psykiatri', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-30',
    class: 'spelling',
    turns: [
      {
        text: 'hur mnga av våra rub5 har åkt ambulas',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och besökt akutn?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'akutbesok', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-31',
    class: 'followUp',
    turns: [
      {
        text: 'hur ser det ut för RUB 4 på Nybro HC?',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', level: 4, lang: 'sv' },
      },
      {
        text: 'och rub 5?',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', level: 5, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-32',
    class: 'followUp',
    turns: [
      {
        text: 'show me our RUB 5 patients without a regular doctor',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'next',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-33',
    class: 'plain',
    turns: [
      {
        text: 'RUB5 för Mönsterås HC i mars 2023',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-monsteras', period: '2023-03', lang: 'sv' },
      },
      {
        text: 'och i augusti 2022?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-monsteras', period: '2022-08', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-34',
    class: 'ownWords',
    turns: [
      {
        text: 'hur har det gått med andelen rub5 som saknar fast läkare i hela länet, från augusti 22 till mars 23?',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'samma för Kristineberg',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p34-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Prenumerera kanalen på veckobrevet för Oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'kan du visa hur det kommer se ut?', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p34-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Hultsfred and Mörlunda health centres, Thursdays at 1.30 pm',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '13:30',
          digestScope: 'units:hc-hultsfred,hc-morlunda',
          lang: 'en',
        },
      },
      { text: 'can you show a preview?', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p34-37',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev finns i den här kanalen?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'pausa det över sommaren',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-38',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      { text: 'vilka prenumerationer har vi här', expect: { kind: 'digestList', lang: 'sv' } },
      {
        text: 'starta veckobrevet igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p34-39',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests are set up in this channel?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'unsubscribe us please, the group is being shut down',
        locale: 'en-US',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p34-40',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej! Jag samordnar samverkansgruppen mellan Borgholms kommun och regionen på norra Öland. Vi vill gärna få veckobrevet här i kanalen varje fredag vid 14 för hela Borgholm.',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'area:Borgholm',
          lang: 'sv',
        },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  // Round p35, written blind: budget and follow-up season in spring.
  {
    id: 'p35-01',
    class: 'followUp',
    turns: [
      {
        text: 'vem är basenhetschef på Kristinebergs HC?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'har du hennes mejl?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och telefon?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-02',
    class: 'language',
    turns: [
      {
        text: 'who do I call about the home hospital in Borgholm?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'does he have a mobile number too?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'en' },
      },
      { text: 'great, thanks a lot!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p35-03',
    class: 'spelling',
    turns: [
      {
        text: 'telefonnummer till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilen?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-04',
    class: 'wordFormation',
    turns: [
      {
        text: 'Högsbyklustrets kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vad jobbar dom med där',
        expect: { kind: 'groupDetails', group: 'hogsby-beroende', aspect: 'focus', lang: 'sv' },
      },
      {
        text: 'och vilka är målgrupperna',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-05',
    class: 'ownWords',
    turns: [
      {
        text: 'vi har en gemensam patient med alkoholproblem i Högsby, vem på hälsocentralen är det som jobbar med samverkan kring beroende?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-06',
    class: 'plain',
    turns: [
      {
        text: 'How do I reach Västervik hospital?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'en' },
      },
      {
        text: 'and the ER in Oskarshamn?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-07',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lotta och jobbar som distriktssköterska i den kommunala hemsjukvården i Västervik. Vi får allt fler sköra patienter hem efter utskrivning och vill ha bättre kontakt med hälsocentralerna. Finns det något samverkansprojekt kring hemsjukvård i Västervik och vem kontaktar jag i så fall?',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
      {
        text: 'vilka deltar i det?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-08',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm Sara, controller at the primary care administration. I'm preparing the spring follow-up of the RUB figures for the budget and would like to talk to the analyst in the Nära vård coordination group. Who is that?",
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'en' },
      },
      {
        text: 'and his email?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'en' },
      },
      { text: 'thx', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p35-09',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns det i Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Kalmar?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'what about Nybro?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p35-10',
    class: 'spelling',
    turns: [
      {
        text: 'nummer till borgholms halsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'vem är verksamhetschef där',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-11',
    class: 'language',
    turns: [
      {
        text: 'vem kontaktar jag för Oskarsgruppen?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'och Anna Dahls telefonnummer?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'sv' },
      },
      { text: 'tack!', locale: 'en-US', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p35-12',
    class: 'followUp',
    turns: [
      {
        text: 'Who are the contacts for the Karlshamn pilot?',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'what do they focus on?',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', aspect: 'focus', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-13',
    class: 'ownWords',
    conversation: 'groupChat',
    turns: [
      {
        text: 'behöver få tag på nån på ambulansen angående en gemensam patient, hur når jag dom?',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och öppenvårdspsykiatrin i Vimmerby?',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-14',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hultsfredsklustrets målgrupper',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'sv' },
      },
      {
        text: 'vilka är med i det?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-15',
    class: 'plain',
    turns: [
      {
        text: 'vilka samordnare finns det?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
      {
        text: 'mejl till marie ragnarson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-16',
    class: 'followUp',
    turns: [
      {
        text: 'Anna Dahl phone',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
      {
        text: 'and Helene Svensson?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'en' },
      },
      {
        text: 'which health centre is she at?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-17',
    class: 'language',
    turns: [
      {
        text: "I'm looking for Svensson who works with nära vård",
        expect: { kind: 'personLookup', person: 'ambiguous', lang: 'en' },
      },
      {
        text: 'Maria, the development lead',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-18',
    class: 'followUp',
    turns: [
      {
        text: 'telefon till Ragnhild Holmberg',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      {
        text: 'okej, ortopedkliniken i Oskarshamn då?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-19',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub5 saknar fast läkare hos oss?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'vilka är det?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-20',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen RUB 5 utan fast läkarkontakt förändrats sedan augusti på Gripen?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-gripen',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och för hela regionen?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'jämför Gripen med Kristineberg',
        expect: {
          kind: 'rubCompare',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-21',
    class: 'followUp',
    turns: [
      {
        text: 'How many RUB 4 patients do we have at Stensö?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', level: 4, lang: 'en' },
      },
      {
        text: 'and how many of them have a SIP?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stenso',
          level: 4,
          measure: 'withSip',
          lang: 'en',
        },
      },
      {
        text: 'what about Nybro?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', level: 4, measure: 'withSip', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-22',
    class: 'details',
    turns: [
      {
        text: 'jämför Esplanaden, Gamleby och Stora Trädgårdsgatan på andel RUB 5 med SIP i mars',
        expect: {
          kind: 'rubCompare',
          units: ['hc-esplanaden', 'hc-gamleby', 'hc-stora-tradgardsgatan'],
          measure: 'withSip',
          period: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'och i december?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-esplanaden', 'hc-gamleby', 'hc-stora-tradgardsgatan'],
          measure: 'withSip',
          period: '2022-12',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-23',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm the new operations manager in Vimmerby, started in January. I'm putting together the follow-up for the spring budget review and need a few numbers. First: how many of the RUB 5 patients at Vimmerby HC have visited the emergency department?",
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', measure: 'akutbesok', lang: 'en' },
      },
      {
        text: 'and gone by ambulance?',
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', measure: 'ambulans', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-24',
    class: 'followUp',
    turns: [
      {
        text: 'fördelningen mellan hälsocentralerna av rub5 utan fast läkarkontakt',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'samma för RUB 4',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          lang: 'sv',
        },
      },
      {
        text: 'och för februari?',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          level: 4,
          period: '2023-02',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-25',
    class: 'spelling',
    turns: [
      {
        text: 'hur mång rub 5 pateinter har vi med sip',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'andelen återinläggingar då?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'aterinlaggning', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-26',
    class: 'followUp',
    turns: [
      {
        text: 'min HC är Mörlunda',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-morlunda', lang: 'sv' },
      },
      {
        text: 'visa RUB5-sammanställningen för oss',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' },
      },
      {
        text: 'lista de som saknar fast läkare',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-27',
    class: 'followUp',
    turns: [
      {
        text: 'trend for RUB 4 without a named GP at Berga since October',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-berga',
          level: 4,
          from: '2022-10',
          lang: 'en',
        },
      },
      {
        text: 'just October to January please',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-berga',
          level: 4,
          from: '2022-10',
          to: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p35-28',
    class: 'ownWords',
    turns: [
      {
        text: 'inför budgetdialogen: hur många av våra rub5:or står fortfarande utan fast läkare?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'hur var det i augusti?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          period: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'okej så hur har det utvecklats sen dess',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-29',
    class: 'language',
    turns: [
      {
        text: 'hur många RUB 3-patienter har Kvarnholmen?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-kvarnholmen', level: 3, lang: 'sv' },
      },
      {
        text: 'och RUB 2?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-kvarnholmen', level: 2, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p35-30',
    class: 'followUp',
    turns: [
      {
        text: 'compare Färjestaden and Mörbylånga on ambulance rides for RUB 5',
        expect: {
          kind: 'rubCompare',
          units: ['hc-farjestaden', 'hc-morbylanga'],
          measure: 'ambulans',
          lang: 'en',
        },
      },
      {
        text: 'and readmissions?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-farjestaden', 'hc-morbylanga'],
          measure: 'aterinlaggning',
          lang: 'en',
        },
      },
      { text: "thanks, that's what I needed", expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p35-31',
    class: 'details',
    turns: [
      {
        text: 'lista RUB 4-patienter utan fast läkarkontakt på Ankarsrum',
        expect: { kind: 'patientList', scope: 'hc-ankarsrum', level: 4, without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: {
          kind: 'patientList',
          scope: 'hc-ankarsrum',
          level: 4,
          without: true,
          page: 1,
          lang: 'sv',
        },
      },
      {
        text: 'nästa igen',
        expect: {
          kind: 'patientList',
          scope: 'hc-ankarsrum',
          level: 4,
          without: true,
          page: 2,
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-32',
    class: 'plain',
    turns: [
      {
        text: "what's the share of RUB 5 patients in the whole region who have been in contact with psychiatry?",
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'psykiatri', lang: 'en' },
      },
      {
        text: 'and with rehab?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'rehabilitering', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-33',
    class: 'details',
    turns: [
      {
        text: 'kan du köra en trend på andelen RUB 5 med SIP för Emmaboda från november till mars',
        expect: {
          kind: 'rubTrend',
          measure: 'withSip',
          scope: 'hc-emmaboda',
          from: '2022-11',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-34',
    class: 'ownWords',
    turns: [
      {
        text: 'hur står vi oss mot Berga när det gäller akutbesök bland rub5?',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-berga'],
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'och hemsjukvård',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-berga'],
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p35-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera den här kanalen på veckobrevet för Västervik, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'visa hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p35-36',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests are set up in this channel?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: "pause it for a few weeks, we're swamped with the budget",
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'actually, show me what the next one would look like',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
    ],
  },
  {
    id: 'p35-37',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej, vi organiserar om kanalerna inför våren. Den här kanalen är för cheferna på Gripen och Kristineberg, så här ska veckobrevet bara gälla Gripen och Kristineberg, torsdagar kl 13',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '13:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'sv',
        },
      },
      { text: 'vilka prenumerationer har vi här nu?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p35-38',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'avsluta veckobrevet här, vi kör det i Nära vård-kanalen istället',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
      { text: 'tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p35-39',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for the whole region, Fridays at 2 pm',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      { text: 'show me a preview', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p35-40',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      { text: 'starta veckobrevt igen', expect: { kind: 'digestPause', resume: true, lang: 'sv' } },
      {
        text: 'och flytta det till tisdagar 7.30',
        expect: { kind: 'digestSubscribe', weekday: 2, time: '07:30', lang: 'sv' },
      },
    ],
  },
  // Round p36, written blind: night and weekend shifts.
  {
    id: 'p36-01',
    class: 'followUp',
    turns: [
      {
        text: 'ambulansen här, vem ringer vi för hemsjukhuset i borgholm?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'har du hans nummer?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mobil?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'sv' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-02',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är jourläkare på medicin på Kalmar länssjukhus i natt. Har en äldre patient från Löttorp som kan gå hem i morgon bitti om hälsocentralen kan följa upp på måndag. Vilket nummer har Löttorps hälsocentral?',
        expect: { kind: 'unitLookup', unit: 'hc-lottorp', lang: 'sv' },
      },
      { text: 'och Borgholm?', expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'sv' } },
      {
        text: 'och kommunala hemsjukvården i Borgholm?',
        expect: { kind: 'unitLookup', unit: 'borgholms-kommun', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-03',
    class: 'language',
    turns: [
      {
        text: "Hi, I'm a locum GP covering nights in Oskarshamn this weekend. Who should I contact about Oskarsgruppen?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: "what's Anna Dahl's email?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'en' },
      },
      {
        text: "and Helene's?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p36-04',
    class: 'spelling',
    turns: [
      {
        text: 'telfonnumer till psykiatrn i vimerby',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-05',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem är Kristinebergs basenhetschef?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'hennes mejl',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-06',
    class: 'followUp',
    turns: [
      {
        text: 'Number for Esplanaden health centre please',
        locale: 'sv-SE',
        expect: { kind: 'unitLookup', unit: 'hc-esplanaden', lang: 'en' },
      },
      {
        text: 'what about Gamleby?',
        locale: 'sv-SE',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'en' },
      },
      {
        text: 'and Överum',
        locale: 'sv-SE',
        expect: { kind: 'unitLookup', unit: 'hc-overum', lang: 'en' },
      },
      { text: 'cheers', locale: 'sv-SE', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p36-07',
    class: 'plain',
    conversation: 'groupChat',
    turns: [
      {
        text: 'nummer till akuten i Västervik',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'sv' },
      },
      {
        text: 'och Oskarshamn?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-08',
    class: 'ownWords',
    turns: [
      {
        text: 'Jobbar natt på psyk, behöver få tag på nån på hälsocentralen i Högsby, vad har dom för nummer?',
        expect: { kind: 'unitLookup', unit: 'hc-hogsby', lang: 'sv' },
      },
      {
        text: 'vem är kontaktperson för beroendesamverkan där?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'Susanna Althinis mejl?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-09',
    class: 'followUp',
    turns: [
      {
        text: 'God morgon! Hur många RUB 5 saknar fast läkarkontakt hos oss?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur många har SIP?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'jämför med Gripen',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-gripen'], lang: 'sv' },
      },
      { text: 'tack, bra', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-10',
    class: 'language',
    turns: [
      {
        text: 'Morning. How has the share of RUB 5 patients without a regular GP changed at Esplanaden since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'what about Stora Trädgårdsgatan?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-stora-tradgardsgatan',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and for the whole region?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p36-11',
    class: 'followUp',
    turns: [
      {
        text: 'visa mina rub5-patienter som saknar fast läkre',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-12',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet varje måndag halv åtta för Oskarshamn',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'visa hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-13',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest, Mondays at 8am, whole region',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      {
        text: 'which subscriptions does this channel have?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p36-14',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      { text: 'pausa veckobrevet över jul och nyår', expect: { kind: 'digestPause', lang: 'sv' } },
      { text: 'vilka veckobrev finns här nu?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-15',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'starta veckobrevet igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      { text: 'och visa veckans brev', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-16',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Kan ni lägga upp veckobrev för Gripen och Kristineberg på fredagar kl 14?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p36-17',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'what digests are set up in this channel?',
        locale: 'sv-SE',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: "we don't want the weekly digest here anymore, please stop it for good",
        locale: 'sv-SE',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p36-18',
    class: 'spelling',
    turns: [
      {
        text: 'hur mnga rub 5 utan fast läkare på kristinebeg',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-kristineberg',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och på blå kusten?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-bla-kusten',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p36-19',
    class: 'wordFormation',
    turns: [
      {
        text: 'andelen med SIP bland Gripens RUB 5-patienter?',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'och Blå Kustens?',
        expect: { kind: 'rubSummary', scope: 'hc-bla-kusten', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-20',
    class: 'language',
    turns: [
      {
        text: 'which HC has the most RUB 5 patients utan fast läkarkontakt?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'en' },
      },
      {
        text: 'what about Nybro specifically?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p36-21',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm the new head of operations at Stensö, started last week and still finding my way around. Before our management meeting on Monday, could you compare Stensö with Berga and Norrliden on RUB 5 patients?",
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-stenso', 'hc-berga', 'hc-norrliden'],
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p36-22',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är verksamhetschef och har varit ledig i två veckor, försöker komma ikapp nu på måndagen. Hur många av våra RUB 5-patienter har åkt ambulans?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och återinläggningar?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'aterinlaggning', lang: 'sv' },
      },
      {
        text: 'hur ser det ut för RUB 4?',
        expect: { kind: 'rubSummary', scope: 'mine', level: 4, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-23',
    class: 'followUp',
    turns: [
      {
        text: 'jag har bytt till Nybro hc, kan du ändra min hälsocentral',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', unit: 'hc-nybro', lang: 'sv' },
      },
      {
        text: 'hur ser rub5 ut hos oss då?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-24',
    class: 'language',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholms hälsocentral?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'telefon?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och hans mejl?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-25',
    class: 'plain',
    turns: [
      {
        text: 'vilka basenhetschefer finns i Oskarsgruppen',
        expect: {
          kind: 'peopleByRole',
          role: 'basenhetschef',
          within: 'oskarshamn-cluster',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p36-26',
    class: 'ownWords',
    turns: [
      {
        text: "who do I call at the municipality in Hultsfred about a patient with home care? it's saturday nite",
        locale: 'sv-SE',
        expect: { kind: 'unitLookup', unit: 'hultsfreds-kommun', lang: 'en' },
      },
      {
        text: 'and Högsby?',
        locale: 'sv-SE',
        expect: { kind: 'unitLookup', unit: 'hogsby-kommun', lang: 'en' },
      },
    ],
  },
  {
    id: 'p36-27',
    class: 'followUp',
    turns: [
      {
        text: 'har du mejlen till Svensson?',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'sv' },
      },
      {
        text: 'Helene',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-28',
    class: 'plain',
    turns: [
      {
        text: 'Do you have a number for Jonas Berglund, the surgeon on call tonight?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'en' },
      },
      {
        text: 'ok then just the switchboard for Kalmar county hospital',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-kalmar', lang: 'en' },
      },
      { text: 'thanks', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p36-29',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka vårdcentraler finns det i Kalmar kommun?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      { text: 'nummer till Stensö', expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'sv' } },
      { text: 'och Berga?', expect: { kind: 'unitLookup', unit: 'hc-berga', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-30',
    class: 'spelling',
    turns: [
      {
        text: 'number for the ambulence service?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'en' },
      },
      { text: 'thx', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p36-31',
    class: 'followUp',
    turns: [
      {
        text: 'vilka deltar i Hultsfredsklustret?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'och vad fokuserar de på?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'focus', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-32',
    class: 'ownWords',
    turns: [
      {
        text: "who's the contact for the Karlshamn pilot, the one with the phone line open until 9 pm?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'what does it focus on?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'karlshamnspiloten', aspect: 'focus', lang: 'en' },
      },
    ],
  },
  {
    id: 'p36-33',
    class: 'wordFormation',
    turns: [
      {
        text: 'Maria Alvinsson Hilberths mobilnummer',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
      {
        text: 'direktnumret då?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p36-34',
    class: 'followUp',
    turns: [
      {
        text: 'show me my RUB 5 patients without a regular doctor',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'previous page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 0, lang: 'en' },
      },
    ],
  },
  {
    id: 'p36-35',
    class: 'plain',
    turns: [
      {
        text: 'hur har andelen utan fast läkare på Borgholm förändrats från aug 2022 till mars 2023?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-borgholm',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
      {
        text: 'och Färjestaden?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-farjestaden',
          from: '2022-08',
          to: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p36-36',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej allihop, jag är samordnare för primärvården norr och vill att den här kanalen får veckobrevet för Västervik varje söndag kl 20 så att helgpersonalen hinner läsa det innan måndagens möte.',
        expect: {
          kind: 'digestSubscribe',
          weekday: 7,
          time: '20:00',
          digestScope: 'area:Västervik',
          lang: 'sv',
        },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p36-37',
    class: 'followUp',
    turns: [
      {
        text: 'RUB5 på Vimmerby i mars 2023',
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', period: '2023-03', lang: 'sv' },
      },
      {
        text: 'och i augusti 2022?',
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', period: '2022-08', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p36-38',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, night nurse on the surgical ward at Västervik hospital here. We're discharging a frail patient on Sunday who is part of the home care collaboration in Västervik. Who are the contacts for that?",
        locale: 'sv-SE',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'en' },
      },
      {
        text: 'ok, then the number for Västervik municipality',
        locale: 'sv-SE',
        expect: { kind: 'unitLookup', unit: 'vasterviks-kommun', lang: 'en' },
      },
      { text: "thanks, that's all", locale: 'sv-SE', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p36-39',
    class: 'language',
    turns: [
      {
        text: 'who is the basenhetschef at Blå Kusten?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'en' },
      },
      {
        text: 'her phone number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
      { text: 'thanks', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p36-40',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Kan vi få veckobrevet här varje måndag kvart över sju för Nybro och Emmaboda hälsocentraler?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:15',
          digestScope: 'units:hc-nybro,hc-emmaboda',
          lang: 'sv',
        },
      },
      { text: 'visa en förhandsvisning först', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  // Round p37, written blind: international and cross-border staff.
  {
    id: 'p37-01',
    class: 'longMessage',
    turns: [
      {
        text: 'Hi! My name is Ana, I am a nurse from Portugal and I started at Gripen HC last month. My Swedish is still not so good, sorry. I need to call Oskarshamns sjukhus about a patient who goes home tomorrow, what is the number?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'sjukhus-oskarshamn' },
      },
      { text: 'and the ambulance?', expect: { kind: 'unitLookup', lang: 'en', unit: 'ambulans' } },
      { text: 'thank you so much!!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p37-02',
    class: 'followUp',
    turns: [
      {
        text: 'Hej! Jag jobbar på en vårdcentral i Karlshamn, Region Blekinge. Vilka är kontaktpersoner för Karlshamnspiloten?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'karlshamnspiloten' },
      },
      {
        text: 'och vilka verksamheter var med?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
      {
        text: 'Lina Öhlins mejladress?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'lina-ohlin', field: 'email' },
      },
    ],
  },
  {
    id: 'p37-03',
    class: 'followUp',
    turns: [
      {
        text: 'Who is the contact person for Hemsjukhuset in Borgholm?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: "what's his phone number",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'does he have a mobile too?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'mobile' },
      },
    ],
  },
  {
    id: 'p37-04',
    class: 'spelling',
    turns: [
      {
        text: 'telefon nummer till Kristinebrg halsocentral',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-kristineberg' },
      },
      {
        text: 'vem är basenhetschef dar?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'och hennes mejl',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p37-05',
    class: 'plain',
    turns: [
      {
        text: 'vem är Matti Pajaujis?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'matti-pajaujis' },
      },
      {
        text: 'och Rebecca Welander?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'rebecca-welander' },
      },
      {
        text: 'hennes mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'rebecca-welander', field: 'email' },
      },
    ],
  },
  {
    id: 'p37-06',
    class: 'wordFormation',
    turns: [
      {
        text: 'Oskarsgruppens kontaktpersoner?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'Anna Dahls telefonnummer',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'phone' },
      },
      {
        text: 'och Helene Svenssons?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p37-07',
    class: 'longMessage',
    turns: [
      {
        text: 'Hello. I am a doctor from Germany and this is my first year in Sweden, at Högsby hälsocentral. I have a patient with big alcohol problems and a colleague told me there is a project together with the kommun for this. Who can I contact about it?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hogsby-beroende' },
      },
      {
        text: 'ok and how do I reach Högsby kommun directly?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hogsby-kommun' },
      },
    ],
  },
  {
    id: 'p37-08',
    class: 'ownWords',
    turns: [
      {
        text: 'vad är hälsolots i Högsby? jag förstår inte ordet',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hogsby-halsolots' },
      },
      {
        text: 'vem är med i det?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hogsby-halsolots',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p37-09',
    class: 'followUp',
    turns: [
      {
        text: 'what is the telefonnummer to Emmaboda vårdcentral?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-emmaboda' },
      },
      { text: 'what about Nybro?', expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-nybro' } },
      {
        text: 'and Farjestaden',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-farjestaden' },
      },
    ],
  },
  {
    id: 'p37-10',
    class: 'plain',
    turns: [
      {
        text: 'which health centres are there in Västervik? I start working there in September',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'phone to Gamleby please',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
      {
        text: 'and Överum?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-overum' },
      },
    ],
  },
  {
    id: 'p37-11',
    class: 'spelling',
    turns: [
      {
        text: 'contact persons for the Karlshamn pilott?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'karlshamnspiloten' },
      },
      {
        text: 'what did they actually test in it?',
        expect: { kind: 'groupDetails', lang: 'en', group: 'karlshamnspiloten', aspect: 'focus' },
      },
      { text: 'thx', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p37-12',
    class: 'language',
    turns: [
      {
        text: 'Hej, jag hjälper vår nya kollega från Polen. Hon behöver ringa öppenvårdspsykiatrin i Vimmerby, vilket nummer har de?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
      {
        text: 'Thank you. Is there also an e-mail to them?',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'psyk-vimmerby' },
      },
    ],
  },
  {
    id: 'p37-13',
    class: 'plain',
    turns: [
      {
        text: 'Vilka är samordnare för nära vård?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
      {
        text: 'och analytiker?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' },
      },
    ],
  },
  {
    id: 'p37-14',
    class: 'followUp',
    turns: [
      {
        text: 'Jag söker Maria',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous' },
      },
      {
        text: 'Maria Svensson, utvecklingsledare',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson' },
      },
      {
        text: 'mejl tack',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p37-15',
    class: 'ownWords',
    turns: [
      {
        text: 'Is Ragnhild Holmberg in here? She worked with patient contracts in Kalmar I think',
        expect: { kind: 'personLookup', lang: 'en', person: 'notFound' },
      },
    ],
  },
  {
    id: 'p37-16',
    class: 'ownWords',
    turns: [
      {
        text: "I'm from Region Blekinge and I will visit Kalmar next month to learn about your nära vård work. Who should I contact in the coordination group?",
        expect: { kind: 'groupContacts', lang: 'en', group: 'samordnande-arbetsgrupp' },
      },
      {
        text: 'what does that group work with?',
        expect: { kind: 'groupDetails', lang: 'en', group: 'samordnande-arbetsgrupp' },
      },
    ],
  },
  {
    id: 'p37-17',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hultsfredsklustrets målgrupper?',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'targetGroups' },
      },
      {
        text: 'och vilka som deltar',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hultsfred', aspect: 'participants' },
      },
    ],
  },
  {
    id: 'p37-18',
    class: 'plain',
    turns: [
      {
        text: 'vem är verksamhetschef på Borgholms hälsocentral?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'och på Löttorp?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-lottorp' },
      },
    ],
  },
  {
    id: 'p37-19',
    class: 'spelling',
    turns: [
      {
        text: 'torill skar magnusson telefon',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'torill-skaar-magnusson',
          field: 'phone',
        },
      },
      {
        text: 'och kjell ivarson?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'kjell-ivarsson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p37-20',
    class: 'language',
    conversation: 'groupChat',
    turns: [
      {
        text: 'vem är kontaktperson för Västerviksklustret?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'vastervik-esplanaden' },
      },
      {
        text: 'what is their focus?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
        },
      },
    ],
  },
  {
    id: 'p37-21',
    class: 'followUp',
    turns: [
      {
        text: 'telefonnummer till Ronneby vårdcentral?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'notFound' },
      },
      {
        text: 'ok. Blekingesjukhuset Karlshamn avdelning 9 då?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'blekingesjukhuset-karlshamn-avd9' },
      },
      {
        text: 'och Karlshamns kommun',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'karlshamns-kommun' },
      },
    ],
  },
  {
    id: 'p37-22',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej. Jag heter Dmytro och jag är sjuksköterska från Ukraina. Jag jobbar på Stensö hälsocentral sedan mars. Min svenska är inte perfekt. En patient frågar efter 1177, vilket nummer ska hen ringa?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'vardguiden-1177' },
      },
      { text: 'tack så mycket', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p37-23',
    class: 'longMessage',
    turns: [
      {
        text: 'Hi, I started as basenhetschef here in January, I came from Nigeria and worked some years in the NHS before. I am still trying to understand the RUB system. How many of our RUB 5 patients do not have a fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'has it changed since August 2022?',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
        },
      },
      {
        text: 'compare us with Emmaboda and Nybro',
        expect: { kind: 'rubCompare', lang: 'en', units: ['mine', 'hc-emmaboda', 'hc-nybro'] },
      },
    ],
  },
  {
    id: 'p37-24',
    class: 'followUp',
    turns: [
      {
        text: 'my health centre is Gripen',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'en', unit: 'hc-gripen' },
      },
      {
        text: 'show me RUB 5 for us',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine' },
      },
      {
        text: 'what share of them have a SIP?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p37-25',
    class: 'followUp',
    turns: [
      {
        text: 'list of RUB5 patients without a regular doctor at my HC',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true },
      },
      {
        text: 'next page',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'previous page pls',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true, page: 0 },
      },
    ],
  },
  {
    id: 'p37-26',
    class: 'plain',
    turns: [
      {
        text: 'fördelning mellan hälsocentraler för rub5 utan fast läkare',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'och för SIP?',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p37-27',
    class: 'wordFormation',
    turns: [
      {
        text: 'Kristinebergs RUB 5-patienter, hur många är de?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-kristineberg', measure: 'patients' },
      },
      {
        text: 'och på Blå Kusten?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-bla-kusten', measure: 'patients' },
      },
      {
        text: 'jämför Kristineberg, Blå Kusten och Gripen',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-kristineberg', 'hc-bla-kusten', 'hc-gripen'],
        },
      },
    ],
  },
  {
    id: 'p37-28',
    class: 'details',
    turns: [
      {
        text: 'did the share without fast läkare go down in the whole region from aug 2022 to march 2023?',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
          to: '2023-03',
        },
      },
      {
        text: 'and for our HC?',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p37-29',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'Hur många RUB5-patienter i hela regionen har åkt ambulans?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'ambulans' },
      },
      {
        text: 'och återinläggningar?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'aterinlaggning' },
      },
      {
        text: 'kontakt med psykiatrin?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'psykiatri' },
      },
    ],
  },
  {
    id: 'p37-30',
    class: 'spelling',
    turns: [
      {
        text: 'hur stor andel av vara rub5 patienter har sip',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
      {
        text: 'och i nov 2022?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withSip',
          period: '2022-11',
        },
      },
    ],
  },
  {
    id: 'p37-31',
    class: 'language',
    turns: [
      {
        text: 'visa mina RUB5-patienter som saknar fast läkarkontakt',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa sida',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
    ],
  },
  {
    id: 'p37-32',
    class: 'details',
    turns: [
      {
        text: 'RUB 4 at Kvarnholmen, how many patients?',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-kvarnholmen',
          level: 4,
          measure: 'patients',
        },
      },
      {
        text: 'and RUB 5?',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'hc-kvarnholmen',
          level: 5,
          measure: 'patients',
        },
      },
    ],
  },
  {
    id: 'p37-33',
    class: 'language',
    turns: [
      {
        text: 'compare Gripen and Kristineberg on akutbesök',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'akutbesok',
        },
      },
      {
        text: 'what about hemsjukvård?',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'hemsjukvard',
        },
      },
    ],
  },
  {
    id: 'p37-34',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är verksamhetschef på Esplanaden och nu har vi fått två nya läkare från Indien som ska ta över patienter som saknar fast läkare. Kan du visa listan på RUB 5-patienter hos oss utan fast läkarkontakt?',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p37-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Oskarshamn, mondays at 8',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'can I see a preview?', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p37-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera på veckobrevet för Gripen och Kristineberg, torsdagar kl 13.30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 4,
          time: '13:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      {
        text: 'vilka prenumerationer finns här nu?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p37-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'can we get the veckobrev in this channel every friday 7:45, whole region',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 5,
          time: '07:45',
          digestScope: 'region',
        },
      },
      { text: 'great, thanks', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p37-38',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'please pause the weekly digest over the summer',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'Hej igen, nu kan ni starta veckobrevet igen',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
    ],
  },
  {
    id: 'p37-39',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: "please unsubscribe this channel from the veckobrev, we don't read it anymore",
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
      { text: 'vilka prenumerationer finns kvar här?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p37-40',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej, jag är ny samordnare i Västervik (kommer från Finland). Vi vill ha veckobrev för Västervik här i kanalen på tisdagar klockan 9',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 2,
          time: '09:00',
          digestScope: 'area:Västervik',
        },
      },
      { text: 'visa hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  // Round p38, written blind: summer: holiday cover and summer temps, on their phones.
  {
    id: 'p38-01',
    class: 'followUp',
    turns: [
      {
        text: 'nr till borgholms hc?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-borgholm' },
      },
      {
        text: 'och vem är verksamhetschef där',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'hans mobil?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'mobile' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p38-02',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Linnea och börjar som sommarvikarierande sjuksköterska på Gripen på måndag, har aldrig jobbat i Oskarshamn förut. Min handledare sa att jag skulle höra av mig till kontaktpersonerna för Oskarsgruppen om jag har frågor kring de mest komplexa patienterna. Vilka är det?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'ok, har Anna Dahl nåt telefonnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'phone' },
      },
      {
        text: 'mejl då?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'email' },
      },
    ],
  },
  {
    id: 'p38-03',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a nursing student doing my summer placement at Högsby health centre. My supervisor mentioned a collaboration with the municipality around alcohol and dependence problems. Who is the contact person for that?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hogsby-beroende' },
      },
      {
        text: 'what does that project focus on?',
        locale: 'en-US',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hogsby-beroende', aspect: 'focus' },
      },
      { text: 'thanks a lot', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p38-04',
    class: 'spelling',
    turns: [
      {
        text: 'vem e basenhetschef på kristinebrg',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      {
        text: 'och på bla kusten?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
    ],
  },
  {
    id: 'p38-05',
    class: 'followUp',
    turns: [
      {
        text: "I need to reach Maria Alvinsson Hilberth today, what's her mobile?",
        expect: {
          kind: 'personLookup',
          lang: 'en',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
      {
        text: 'and her direct line?',
        expect: {
          kind: 'personLookup',
          lang: 'en',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'email?',
        expect: {
          kind: 'personLookup',
          lang: 'en',
          person: 'maria-alvinsson-hilberth',
          field: 'email',
        },
      },
    ],
  },
  {
    id: 'p38-06',
    class: 'followUp',
    turns: [
      {
        text: 'mejladress till Maria?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'email' },
      },
      {
        text: 'Svensson, utvecklingsledaren',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson', field: 'email' },
      },
      {
        text: 'och Helene Svensson, hennes nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p38-07',
    class: 'followUp',
    turns: [
      {
        text: 'vilka halsocentraler finns i vastervik',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'nummer till Gamleby',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gamleby' },
      },
      {
        text: 'och överum? är den ens öppen i sommar',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-overum' },
      },
    ],
  },
  {
    id: 'p38-08',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are there in Mörbylånga? our patients get sent there when we close over the summer',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Mörbylånga',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'how do I reach Färjestaden?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-farjestaden' },
      },
      {
        text: 'what about Mörbylånga HC?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-morbylanga' },
      },
    ],
  },
  {
    id: 'p38-09',
    class: 'plain',
    turns: [
      {
        text: 'behöver ringa Oskarshamns kommun ang en utskrivning, nummer?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'oskarshamns-kommun' },
      },
      { text: 'och ambulansen?', expect: { kind: 'unitLookup', lang: 'sv', unit: 'ambulans' } },
      { text: 'tack snälla', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p38-10',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hemsjukhusets kontaktperson?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'vilka är med i hemsjukhusprojektet',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p38-11',
    class: 'wordFormation',
    turns: [
      {
        text: 'vem är blåkustens bec nu i sommar?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
      {
        text: 'och Gripens?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-gripen' },
      },
    ],
  },
  {
    id: 'p38-12',
    class: 'ownWords',
    turns: [
      {
        text: 'vem ska jag ringa om det där med hälsolotsen i Högsby?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-halsolots' },
      },
      {
        text: 'vad går det ut på egentligen',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hogsby-halsolots' },
      },
    ],
  },
  {
    id: 'p38-13',
    class: 'ownWords',
    turns: [
      {
        text: "who's in charge of the home hospital thing in Borgholm?",
        expect: { kind: 'groupContacts', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'and what do they actually do there?',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
    ],
  },
  {
    id: 'p38-14',
    class: 'plain',
    turns: [
      {
        text: 'finns det fler samordnare än Marie Ragnarsson? hon har semester',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
      { text: 'och analytiker?', expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' } },
    ],
  },
  {
    id: 'p38-15',
    class: 'spelling',
    turns: [
      {
        text: 'kommunikatören emma ryd, nr?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'phone' },
      },
      {
        text: 'mail då',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'email' },
      },
    ],
  },
  {
    id: 'p38-16',
    class: 'language',
    turns: [
      {
        text: 'who is Julia Strom?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'julia-strom' },
      },
      {
        text: 'och hennes mejl?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'email' },
      },
    ],
  },
  {
    id: 'p38-17',
    class: 'followUp',
    turns: [
      {
        text: 'har du numret till Sofia Lindqvist? hon är sommarvik ssk på Löttorp',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'phone' },
      },
      {
        text: 'ok då ringer jag Löttorps hc istället, nummer?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-lottorp' },
      },
    ],
  },
  {
    id: 'p38-18',
    class: 'language',
    turns: [
      {
        text: 'Hej! Jag är student från Blekinge och gör VFU här i sommar. Vem är kontaktperson för Karlshamnspiloten?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'karlshamnspiloten' },
      },
      {
        text: 'vilka deltar i den?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p38-19',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for psychiatry in Vimmerby? need to reach them before they close for the summer',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'psyk-vimmerby' },
      },
      {
        text: 'and Psykiatrin in general, is there a main number?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'psykiatrin' },
      },
      {
        text: 'what about Kalmar länssjukhus?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'sjukhus-kalmar' },
      },
    ],
  },
  {
    id: 'p38-20',
    class: 'spelling',
    turns: [
      {
        text: 'akuten vastervik nummer',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-vastervik' },
      },
      {
        text: 'oskarshamn då',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-oskarshamn' },
      },
    ],
  },
  {
    id: 'p38-21',
    class: 'followUp',
    turns: [
      {
        text: "what's the Västervik home care collaboration focusing on?",
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
        },
      },
      {
        text: 'target groups?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'vastervik-esplanaden',
          aspect: 'targetGroups',
        },
      },
      {
        text: "who's the contact person?",
        expect: { kind: 'groupContacts', lang: 'en', group: 'vastervik-esplanaden' },
      },
    ],
  },
  {
    id: 'p38-22',
    class: 'wordFormation',
    turns: [
      {
        text: 'Susanna Althinis mejl',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'email' },
      },
      {
        text: 'jobbar hon kvar på Högsby HC? nummer dit isf',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-hogsby' },
      },
    ],
  },
  {
    id: 'p38-23',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Sara och är tf basenhetschef på Nybro hälsocentral under juli medan ordinarie chef har semester. Kan du sätta Nybro som min hälsocentral?',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-nybro' },
      },
      {
        text: 'hur många RUB 5 saknar fast läkarkontakt hos oss?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'kan jag få se vilka det är',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
    ],
  },
  {
    id: 'p38-24',
    class: 'followUp',
    turns: [
      {
        text: 'How has the share of RUB 5 patients without a named GP changed at our health centre since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
        },
      },
      {
        text: 'and region-wide?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p38-25',
    class: 'followUp',
    turns: [
      {
        text: 'jämför Gripen och Kristineberg, andel med SIP',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg'],
          measure: 'withSip',
        },
      },
      {
        text: 'ta med Blå Kusten också',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withSip',
        },
      },
    ],
  },
  {
    id: 'p38-26',
    class: 'spelling',
    turns: [
      { text: 'rub5 pa stenso?', expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-stenso' } },
      {
        text: 'hur manga har sip dar',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-stenso', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p38-27',
    class: 'language',
    turns: [
      {
        text: 'which health centre has the most RUB5 patients without fast läkarkontakt?',
        expect: { kind: 'rubDistribution', lang: 'en', measure: 'withoutFastLakarkontakt' },
      },
      { text: 'same for SIP', expect: { kind: 'rubDistribution', lang: 'en', measure: 'withSip' } },
    ],
  },
  {
    id: 'p38-28',
    class: 'followUp',
    turns: [
      {
        text: 'visa listan på våra rub 5 utan fast läkare',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 2 },
      },
    ],
  },
  {
    id: 'p38-29',
    class: 'followUp',
    turns: [
      {
        text: 'compare us with Emmaboda on readmissions',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['mine', 'hc-emmaboda'],
          measure: 'aterinlaggning',
        },
      },
      {
        text: 'and ER visits?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['mine', 'hc-emmaboda'],
          measure: 'akutbesok',
        },
      },
    ],
  },
  {
    id: 'p38-30',
    class: 'followUp',
    turns: [
      {
        text: 'hur många av våra rub5 har hemsjukvård? håller på med sommarbemanningen',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'hemsjukvard' },
      },
      {
        text: 'och ambulans?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'ambulans' },
      },
      {
        text: 'och Nybro?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-nybro', measure: 'ambulans' },
      },
    ],
  },
  {
    id: 'p38-31',
    class: 'details',
    turns: [
      {
        text: 'hur många RUB 5 utan fast läkare hade Vimmerby HC i december 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-vimmerby',
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
        },
      },
      {
        text: 'och mars 2023?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-vimmerby',
          measure: 'withoutFastLakarkontakt',
          period: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p38-32',
    class: 'details',
    turns: [
      {
        text: 'RUB 4 trend at Hultsfred HC from Aug 2022 to March 2023, patients without a named GP',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          level: 4,
          scope: 'hc-hultsfred',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p38-33',
    class: 'followUp',
    turns: [
      {
        text: "I'm covering at Mörlunda this summer, can you set my health centre to Mörlunda?",
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'en', unit: 'hc-morlunda' },
      },
      {
        text: 'how many RUB 5 patients do we have?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'mine' },
      },
      {
        text: 'what about Nybro?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-nybro' },
      },
      { text: 'thanks!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p38-34',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många av våra sjukaste patienter saknar egen doktor?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och i hela länet, hur många av de sjukaste har åkt ambulans?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'region', measure: 'ambulans' },
      },
    ],
  },
  {
    id: 'p38-35',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej! Jag är samordnare i primärvården norr och har hand om den här kanalen i sommar. Kan ni lägga upp veckobrevet här, måndagar kl 7.30, för hälsocentralerna i Västervik?',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Västervik',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p38-36',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'pausa veckobrevet över semestern, ingen läser det i juli ändå',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      { text: 'vilka prenumerationer har kanalen nu?', expect: { kind: 'digestList', lang: 'sv' } },
      {
        text: 'nu är alla tillbaka, starta veckobrevet igen',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
    ],
  },
  {
    id: 'p38-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Kristineberg, Fridays at 2pm',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      { text: 'show me a preview', locale: 'en-US', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p38-38',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'avsluta veckobrvet här, kanalen ska arkiveras efter sommarn',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
      { text: 'vilka veckobrev finns kvar i kanalen', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p38-39',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'can we get the veckobrev in this channel?',
        expect: { kind: 'digestSubscribe', lang: 'en' },
      },
      {
        text: 'thursdays 7:30am, whole region',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 4,
          time: '07:30',
          digestScope: 'region',
        },
      },
    ],
  },
  {
    id: 'p38-40',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Sätt upp veckobrev för Oskarshamn här, tisdagar 09.00',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 2,
          time: '09:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'vilka har vi nu?', expect: { kind: 'digestList', lang: 'sv' } },
      { text: 'tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  // Round p39, written blind: the coordinators' week: digests set up, changed, moved, paused.
  {
    id: 'p39-01',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej! Jag heter Karin och är samordnare för nära vård i norra länet. Jag har precis lagt till dig i vår kanal Samverkan Västervik. Kan du skicka ett veckobrev hit varje måndag kl 8 med det som rör hälsocentralerna i Västervik?',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Västervik',
        },
      },
      {
        text: 'gör det på tisdagar istället, vi har APT på måndagar',
        expect: { kind: 'digestSubscribe', lang: 'sv', weekday: 2 },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p39-02',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest for Gripen and Kristineberg, thursdays at 7:30',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 4,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      {
        text: 'actually make it 9am',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', lang: 'en', time: '09:00' },
      },
      {
        text: 'so what does this channel get now?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p39-03',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vad prenumererar den här kanalen på egentligen?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      { text: 'pausa det över sommaren', expect: { kind: 'digestPause', lang: 'sv' } },
      {
        text: 'starta veckobrevet igen nu är vi tillbaka',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
    ],
  },
  {
    id: 'p39-04',
    class: 'plain',
    turns: [
      {
        text: 'vem kontaktar jag för Oskarsgruppen?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'har Anna Dahl något telefonnummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'anna-dahl', field: 'phone' },
      },
      {
        text: 'och Helene Svensson på Kristineberg, har hon mejl?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p39-05',
    class: 'spelling',
    turns: [
      {
        text: 'telefonumer till kristinebergs halsocentral',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-kristineberg' },
      },
      {
        text: 'vem är basenhetschef där',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
    ],
  },
  {
    id: 'p39-06',
    class: 'language',
    turns: [
      {
        text: 'who is the head of operations at Borgholm health centre?',
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: "and what's his phone number?",
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p39-07',
    class: 'followUp',
    turns: [
      {
        text: 'hur många RUB5-patienter hos oss saknar fast läkarkontakt?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'och andelen med SIP?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'withSip' },
      },
      {
        text: 'hur har den utvecklats sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'mine',
          measure: 'withSip',
          from: '2022-08',
        },
      },
      {
        text: 'och för Nybro?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'hc-nybro',
          measure: 'withSip',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p39-08',
    class: 'language',
    turns: [
      {
        text: 'compare Gripen, Kristineberg and Blå Kusten on RUB 5 patients without a named GP',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'and with a SIP?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
          measure: 'withSip',
        },
      },
    ],
  },
  {
    id: 'p39-09',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'kan ni sluta posta veckobrevet här? vi kör den diskussionen i en annan kanal nu',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
      {
        text: 'vilka prenumerationer finns kvar här då?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p39-10',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: "Hi, I'm the new coordinator for the Hultsfred cluster, taking over from a colleague who is on leave. I run three channels and this one is for the Hultsfred working group. Could you set up a weekly digest here every Wednesday at 13:00 covering Hultsfred and Vimmerby health centres?",
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 3,
          time: '13:00',
          digestScope: 'units:hc-hultsfred,hc-vimmerby',
        },
      },
      {
        text: 'can you show me what it will look like?',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
      {
        text: 'and who is the contact person for the Hultsfred project?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hultsfred' },
      },
    ],
  },
  {
    id: 'p39-11',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerara på veckobrevet för oskarshamn, fredagar kl 10',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 5,
          time: '10:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'visa förhandsvisnig', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p39-12',
    class: 'wordFormation',
    turns: [
      {
        text: 'Gripens basenhetschef?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-gripen' },
      },
      {
        text: 'och Blå Kustens?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
    ],
  },
  {
    id: 'p39-13',
    class: 'plain',
    turns: [
      {
        text: 'which health centres are there in Västervik?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          lang: 'en',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'phone number for Gamleby',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-gamleby' },
      },
    ],
  },
  {
    id: 'p39-14',
    class: 'followUp',
    turns: [
      {
        text: 'min HC är Esplanaden',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-esplanaden' },
      },
      {
        text: 'vilka rub5 patienter saknar fast läkare hos oss?',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa sida',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
    ],
  },
  {
    id: 'p39-15',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'veckobrev för hela regionen på onsdagar kvart över åtta tack',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 3,
          time: '08:15',
          digestScope: 'region',
        },
      },
      {
        text: 'flytta det till torsdag istället',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', lang: 'sv', weekday: 4 },
      },
      {
        text: 'och en timme senare',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', lang: 'sv', time: '09:15' },
      },
    ],
  },
  {
    id: 'p39-16',
    class: 'language',
    turns: [
      {
        text: "hi, what's the number to Maria Alvinsson Hilberth?",
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          lang: 'en',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
        },
      },
      {
        text: 'and her mobile',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          lang: 'en',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
    ],
  },
  {
    id: 'p39-17',
    class: 'ownWords',
    turns: [
      {
        text: 'vem sitter på analysen i samordningsgruppen? behöver siffror till ett möte',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'analytiker' },
      },
      {
        text: 'kan du ge mig hans mejl',
        expect: { kind: 'personLookup', lang: 'sv', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p39-18',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: "pause the digest for two weeks, we're off over Easter",
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
      {
        text: 'ok we are back, resume it',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en', resume: true },
      },
    ],
  },
  {
    id: 'p39-19',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är basenhetschef på en av hälsocentralerna i Oskarshamn sedan i höstas och ska dra läget på nästa ledningsgrupp. Kan du visa hur andelen RUB 5-patienter utan fast läkarkontakt har förändrats hos oss sedan augusti 2022?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
        },
      },
      {
        text: 'jämför oss med Mönsterås',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['mine', 'hc-monsteras'],
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p39-20',
    class: 'spelling',
    turns: [
      {
        text: 'numer till ambulansen',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'ambulans' },
      },
      {
        text: 'och psykiatrin i vimerby',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
    ],
  },
  {
    id: 'p39-21',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Set up the digest for the Kalmar health centres every Monday at 07:00',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 1,
          time: '07:00',
          digestScope: 'area:Kalmar',
        },
      },
      {
        text: 'scope should be the whole region actually',
        expect: { kind: 'digestSubscribe', lang: 'en', digestScope: 'region' },
      },
    ],
  },
  {
    id: 'p39-22',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vad får den här kanalen för veckobrev?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'byt till bara Stensö och Berga',
        expect: { kind: 'digestSubscribe', lang: 'sv', digestScope: 'units:hc-stenso,hc-berga' },
      },
      {
        text: 'och skicka det på fredagar kl 12 istället',
        expect: { kind: 'digestSubscribe', lang: 'sv', weekday: 5, time: '12:00' },
      },
    ],
  },
  {
    id: 'p39-23',
    class: 'wordFormation',
    turns: [
      {
        text: 'SIP-andelen på Vimmerby hälsocentral i december 2022',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-vimmerby',
          measure: 'withSip',
          period: '2022-12',
        },
      },
      {
        text: 'ambulansresorna då?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-vimmerby',
          measure: 'ambulans',
          period: '2022-12',
        },
      },
    ],
  },
  {
    id: 'p39-24',
    class: 'language',
    turns: [
      {
        text: 'Who takes part in Karlshamnspiloten?',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
      {
        text: 'and who do I contact there?',
        expect: { kind: 'groupContacts', lang: 'en', group: 'karlshamnspiloten' },
      },
      {
        text: 'what are they focusing on?',
        expect: { kind: 'groupDetails', lang: 'en', group: 'karlshamnspiloten', aspect: 'focus' },
      },
    ],
  },
  {
    id: 'p39-25',
    class: 'plain',
    turns: [
      {
        text: 'vad jobbar hemsjukhuset i Borgholm med?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'focus',
        },
      },
      {
        text: 'vilka är målgruppen',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'hemsjukhuset-borgholm',
          aspect: 'targetGroups',
        },
      },
      {
        text: 'vem är kontakt där?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
    ],
  },
  {
    id: 'p39-26',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'kan ni posta sammanfattningen här i kanalen varje torsdag morgon kl 7, för Nybro och Emmaboda',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 4,
          time: '07:00',
          digestScope: 'units:hc-nybro,hc-emmaboda',
        },
      },
      {
        text: 'nummer till Björken i Emmaboda?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-emmaboda' },
      },
    ],
  },
  {
    id: 'p39-27',
    class: 'followUp',
    turns: [
      {
        text: 'how many RUB 5 patients do we have without a named GP?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
      {
        text: 'show me the distribution across all the health centres',
        locale: 'en-US',
        expect: { kind: 'rubDistribution', lang: 'en', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'can I see the list of our patients without one?',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', without: true },
      },
    ],
  },
  {
    id: 'p39-28',
    class: 'spelling',
    turns: [
      {
        text: 'Marie Ragnarson telefon',
        expect: { kind: 'personLookup', lang: 'sv', person: 'marie-ragnarsson', field: 'phone' },
      },
      {
        text: 'och Julia Ström?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'phone' },
      },
    ],
  },
  {
    id: 'p39-29',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej Nära! Kan du skicka veckobrevet för alla hälsocentraler i Borgholms kommun hit varje måndag 09:30?',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '09:30',
          digestScope: 'area:Borgholm',
        },
      },
      {
        text: 'vem är verksamhetschef på Löttorp förresten?',
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'verksamhetschef', unit: 'hc-lottorp' },
      },
      {
        text: 'och vem har man kontakt med för beroendesamverkan i Högsby?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-beroende' },
      },
    ],
  },
  {
    id: 'p39-30',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Morning! Quick one before the steering group: I coordinate the Oskarshamn channels and this one is for Oskarsgruppen. The digest comes on Monday mornings right now but nobody reads it then. Can you move it to Friday at 14:00 and keep it to Oskarshamn?',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 5,
          time: '14:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      {
        text: 'who are the contacts for Oskarsgruppen again?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'oskarshamn-cluster' },
      },
    ],
  },
  {
    id: 'p39-31',
    class: 'ownWords',
    turns: [
      {
        text: 'vilka hc har flest rub5 utan fast läkare?',
        expect: { kind: 'rubDistribution', lang: 'sv', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'hur har det förändrats i hela regionen mellan aug 2022 och mars 2023?',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          to: '2023-03',
        },
      },
    ],
  },
  {
    id: 'p39-32',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'hey, can you list the digests this channel is subscribed to',
        expect: { kind: 'digestList', lang: 'en' },
      },
      { text: 'stop the one for Kalmar', expect: { kind: 'digestUnsubscribe', lang: 'en' } },
    ],
  },
  {
    id: 'p39-33',
    class: 'wordFormation',
    turns: [
      {
        text: 'hälsocentralerna i Kalmar kommun',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'Kvarnholmens telefonnummer',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-kvarnholmen' },
      },
    ],
  },
  {
    id: 'p39-34',
    class: 'followUp',
    turns: [
      {
        text: 'what share of RUB 5 at Stensö has a SIP?',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-stenso', measure: 'withSip' },
      },
      {
        text: 'and at Norrliden?',
        expect: { kind: 'rubSummary', lang: 'en', scope: 'hc-norrliden', measure: 'withSip' },
      },
      {
        text: 'compare the two',
        expect: {
          kind: 'rubCompare',
          lang: 'en',
          units: ['hc-stenso', 'hc-norrliden'],
          measure: 'withSip',
        },
      },
    ],
  },
  {
    id: 'p39-35',
    class: 'wordFormation',
    turns: [
      {
        text: 'behöver nå kommunikatören i samordnande arbetsgruppen',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'kommunikatör' },
      },
      {
        text: 'vad har hon för nummer?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'phone' },
      },
    ],
  },
  {
    id: 'p39-36',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'pausa veckobrvet till efter semestern',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      { text: 'vilka prenumerationer har vi här nu', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p39-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'weekly digest for Västervik please, tuesdays 8:15',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 2,
          time: '08:15',
          digestScope: 'area:Västervik',
        },
      },
      {
        text: 'and who do I contact about the Västervik home care collaboration project?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'vastervik-esplanaden' },
      },
    ],
  },
  {
    id: 'p39-38',
    class: 'plain',
    turns: [
      {
        text: 'hej! vem är samordnare för nära vård i regionen?',
        expect: { kind: 'peopleByRole', lang: 'sv', role: 'samordnare' },
      },
      {
        text: 'Maria Svensson då?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-svensson' },
      },
    ],
  },
  {
    id: 'p39-39',
    class: 'followUp',
    turns: [
      {
        text: 'visa RUB5 för Mönsterås',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-monsteras' },
      },
      {
        text: 'hur många har åkt ambulans',
        locale: 'en-US',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-monsteras', measure: 'ambulans' },
      },
      {
        text: 'och återinläggningar?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-monsteras',
          measure: 'aterinlaggning',
        },
      },
    ],
  },
  {
    id: 'p39-40',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej allihop, och hej Nära. Jag samordnar tre kanaler för primärvården i Kalmar och den här är för chefsgruppen på Berga, Norrliden och Stensö. Vi vill ha veckobrevet på måndagar kl 07:45 så att det finns inför veckomötet, bara för de tre hälsocentralerna.',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '07:45',
          digestScope: 'units:hc-berga,hc-norrliden,hc-stenso',
        },
      },
      {
        text: 'hur många rub 5 utan fast läkare har Berga nu?',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-berga',
          measure: 'withoutFastLakarkontakt',
        },
      },
      { text: 'tack, det räcker för idag', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  // Round p40, written blind: an ordinary Thursday across Kalmar län.
  {
    id: 'p40-01',
    class: 'followUp',
    turns: [
      {
        text: 'Åke Åkessons nummer?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'har han mobil?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'sv' },
      },
      {
        text: 'och hans mejl då',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      { text: 'toppen tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p40-02',
    class: 'language',
    turns: [
      {
        text: 'who do I contact about Oskarsgruppen?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: "what's Anna Dahl's email address?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'email', lang: 'en' },
      },
      {
        text: "and Helene's?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-03',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och jobbar som distriktssköterska i hemsjukvården i Högsby kommun. Vi har flera brukare med alkoholproblem och jag har hört att hälsocentralen har ett samarbete med kommunen kring beroende. Vem ska jag vända mig till där?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'hur får jag tag på henne?',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-04',
    class: 'wordFormation',
    turns: [
      {
        text: 'Kristinebergs basenhetschef?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och Blå Kustens?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'vad har Gripens hc för nummer',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-05',
    class: 'spelling',
    turns: [
      {
        text: 'vem e verksamhetsschef på borgholms halsocentral',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-06',
    class: 'followUp',
    turns: [
      {
        text: 'which health centres are there in Västervik?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'what about Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'en',
        },
      },
      {
        text: 'ok, phone number for Nybro HC',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-nybro', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-07',
    class: 'ownWords',
    turns: [
      {
        text: 'behöver snacka med nån på öppenvårdspsyk i Vimmerby om en gemensam patient, hur når jag dom?',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-08',
    class: 'language',
    turns: [
      {
        text: 'Do you have the number for akutmottagningen in Västervik?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'en' },
      },
      { text: 'thanks!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p40-09',
    class: 'followUp',
    turns: [
      {
        text: 'vad jobbar Hemsjukhuset i Borgholm med?',
        expect: { kind: 'groupDetails', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
      {
        text: 'vilka är med i det?',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      {
        text: 'vem är kontaktperson?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-10',
    class: 'language',
    turns: [
      {
        text: 'I read about Karlshamnspiloten, who took part in it?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'what was the target group?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
      {
        text: 'any contact people?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-11',
    class: 'followUp',
    turns: [
      {
        text: 'vilka samordnare nära vård finns det?',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
      {
        text: 'och analytikern, vem är det?',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-12',
    class: 'language',
    turns: [
      {
        text: 'email for Svensson',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'email', lang: 'en' },
      },
      {
        text: 'Maria',
        expect: { kind: 'personLookup', person: 'maria-svensson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-13',
    class: 'plain',
    turns: [
      {
        text: 'telefon till Niklas Föghner',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      {
        text: 'ok, kan du ge mig numret till Mönsterås hälsocentral istället',
        expect: { kind: 'unitLookup', unit: 'hc-monsteras', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-14',
    class: 'language',
    turns: [
      {
        text: 'how do I reach Stensö health centre?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'en' },
      },
      {
        text: 'and Kvarnholmen?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-kvarnholmen', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-15',
    class: 'language',
    turns: [
      {
        text: 'who can I contact in the nära vård coordination group?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'en' },
      },
      {
        text: 'which of them is the communications officer?',
        locale: 'en-US',
        expect: {
          kind: 'peopleByRole',
          role: 'kommunikatör',
          within: 'samordnande-arbetsgrupp',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p40-16',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det nån kontaktperson för hälsolotsen i Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vad går det ut på?',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-17',
    class: 'wordFormation',
    turns: [
      {
        text: 'Maria Alvinsson Hilberths direktnummer',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'och mobilen',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p40-18',
    class: 'plain',
    conversation: 'groupChat',
    turns: [
      {
        text: 'kontaktuppgifter till Hultsfreds kommun',
        expect: { kind: 'unitLookup', unit: 'hultsfreds-kommun', lang: 'sv' },
      },
      {
        text: 'och Oskarshamns kommun?',
        expect: { kind: 'unitLookup', unit: 'oskarshamns-kommun', lang: 'sv' },
      },
      { text: 'tack så mycket', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p40-19',
    class: 'language',
    turns: [
      {
        text: 'I need to get hold of the orthopaedic clinic at Oskarshamn hospital',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-20',
    class: 'followUp',
    turns: [
      {
        text: 'vilka vårdcentraler finns i Kalmar?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och Mörbylånga?',
        locale: 'en-US',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Mörbylånga',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'Färjestadens nummer?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-farjestaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-21',
    class: 'wordFormation',
    turns: [
      {
        text: 'Hultsfredsklustrets målgrupper?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'sv' },
      },
      {
        text: 'vilka deltar?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-22',
    class: 'longMessage',
    turns: [
      {
        text: "Hi! I'm a locum GP at Emmaboda HC this week and new to the region. I've got a patient from Borgholm who's in municipal home care and I'd like to talk to the health centre there. Who is verksamhetschef at Borgholm HC?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: 'can you give me his number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-23',
    class: 'followUp',
    turns: [
      { text: 'hej', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'vem kontaktar jag för Västerviksklustret?',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-24',
    class: 'followUp',
    turns: [
      { text: 'min hc är Gripen', expect: { kind: 'setMyUnit', unit: 'hc-gripen', lang: 'sv' } },
      {
        text: 'hur många rub5 har vi som saknar fast läkare?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'och hur stor andel har SIP?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
      {
        text: 'jämför oss med Kristineberg',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-kristineberg'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-25',
    class: 'language',
    turns: [
      {
        text: "How many RUB 5 patients at Esplanaden don't have a regular GP?",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-esplanaden',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'what about Stora Trädgårdsgatan?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-stora-tradgardsgatan',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and how has that changed since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'hc-stora-tradgardsgatan',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p40-26',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka hc:ar har flest rub5 utan fast läkare?',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-27',
    class: 'followUp',
    turns: [
      {
        text: 'vilka av mina rub5-patienter saknar fast läkare?',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'föregående sida',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 0, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-28',
    class: 'followUp',
    turns: [
      {
        text: 'hur har andelen rub5 utan fast läkarkontakt förändrats hos oss sen augusti -22?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och för hela regionen?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          scope: 'region',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p40-29',
    class: 'plain',
    turns: [
      {
        text: 'jämför Kristineberg, Gripen och Blå Kusten – andel rub 5 med SIP',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-gripen', 'hc-bla-kusten'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'och utan fast läkare?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-gripen', 'hc-bla-kusten'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p40-30',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a new unit manager, started Monday and still finding my way around. My verksamhetschef asked me to check how many of our RUB 5 patients don't have a fast läkarkontakt before the meeting on Thursday. Could you pull that for me?",
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      { text: 'thanks, super helpful', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p40-31',
    class: 'followUp',
    turns: [
      {
        text: 'Hur många RUB5 i hela regionen har åkt ambulans?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'och besökt akuten?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'akutbesok', lang: 'sv' },
      },
      {
        text: 'psykiatrin då',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'psykiatri', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-32',
    class: 'spelling',
    turns: [
      {
        text: 'hur mnga rub 5 pat har hemsjukvård på färjestadn',
        expect: { kind: 'rubSummary', scope: 'hc-farjestaden', measure: 'hemsjukvard', lang: 'sv' },
      },
      {
        text: 'och på mörbylånga',
        expect: { kind: 'rubSummary', scope: 'hc-morbylanga', measure: 'hemsjukvard', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-33',
    class: 'language',
    turns: [
      {
        text: 'RUB 5 figures for Nybro HC please',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', lang: 'en' },
      },
      {
        text: 'and RUB 4?',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', level: 4, lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-34',
    class: 'details',
    turns: [
      {
        text: 'hur såg det ut i december 2022 för Mönsterås, rub5 utan fast läkare',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-monsteras',
          period: '2022-12',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p40-35',
    class: 'language',
    turns: [
      {
        text: 'show me the RUB 5 patients at my HC who have no named GP',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-36',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Malin och är ny basenhetschef sedan i måndags. Håller på att förbereda APT på torsdag och vill visa personalen hur det ser ut hos oss. Hur stor andel av våra RUB 5-patienter har en SIP?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Prenumerera den här kanalen på veckobrevet, varje torsdag kl 8 för Oskarshamn',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'kan vi se hur det ser ut?', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p40-38',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest, Mondays 7:30, for Gripen and Kristineberg',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'actually make it 8:15',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', time: '08:15', lang: 'en' },
      },
      {
        text: 'which subscriptions does this channel have?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p40-39',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev har vi i den här kanalen?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'pausa veckobrevet, vi har semesterstängt i juli',
        expect: { kind: 'digestPause', resume: false, lang: 'sv' },
      },
      {
        text: 'glöm det, kör igång det igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      {
        text: 'nej förresten, avsluta det helt',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p40-40',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Vi i ledningsgruppen vill ha veckobrevet för hela länet här, fredagar 13.00',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '13:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      { text: 'visa en förhandsvisning', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'vilka prenumerationer har kanalen nu?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  // Round p42, written blind: preparing for a regional review meeting, half-sentences from a phone.
  {
    id: 'p42-01',
    class: 'followUp',
    turns: [
      {
        text: 'snabbt, vem är basenhetschef på Kristineberg?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och på Blå Kusten?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'har hon nåt telefonnummer',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'sv' },
      },
      { text: 'toppen, tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p42-02',
    class: 'language',
    turns: [
      {
        text: 'who do I talk to about the alcohol dependence project in Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'en' },
      },
      {
        text: 'her email?',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'en' },
      },
      { text: 'thanks!', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p42-03',
    class: 'wordFormation',
    turns: [
      {
        text: 'Åke Åkessons nummer',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'mejladressen?',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och växeln till hans hälsocentral',
        expect: { kind: 'unitLookup', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-04',
    class: 'spelling',
    turns: [
      {
        text: 'telefon til maria alvinson hilbert',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilen?',
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p42-05',
    class: 'ownWords',
    turns: [
      {
        text: "who's behind the home hospital thing up in Borgholm?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'what are they actually trying to achieve',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'focus',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p42-06',
    class: 'plain',
    turns: [
      {
        text: 'vilka hälsocentraler finns i Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Kalmar',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Kalmar',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      { text: 'nummer till Stensö', expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'sv' } },
    ],
  },
  {
    id: 'p42-07',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Gripen HC',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'en' },
      },
      {
        text: 'and Kristineberg?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'en' },
      },
      {
        text: "who's the basenhetschef there",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-08',
    class: 'wordFormation',
    turns: [
      {
        text: 'Oskarsgruppens kontaktpersoner',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'och Hemsjukhusets?',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-09',
    class: 'spelling',
    turns: [
      { text: 'hej', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'vem e verksamhetschf på borgholms hc',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      { text: 'tackar', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p42-10',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Petra Lund och jobbar som utvecklingsstrateg på primärvårdsförvaltningen. Vi har regional genomgång nästa vecka och jag behöver stämma av några siffror med Mathias Karlsson, analytikern i samordnande arbetsgruppen. Har du hans mejladress?',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och Julia Ström?',
        expect: { kind: 'personLookup', person: 'julia-strom', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-11',
    class: 'language',
    turns: [
      {
        text: 'phone number for Niklas Föghner',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'en' },
      },
      {
        text: 'ok, who is Marie Ragnarsson then?',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', lang: 'en' },
      },
      {
        text: 'does she have a phone listed',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-12',
    class: 'followUp',
    turns: [
      {
        text: 'nummer till Svensson',
        expect: { kind: 'personLookup', person: 'ambiguous', field: 'phone', lang: 'sv' },
      },
      {
        text: 'Helene',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-13',
    class: 'followUp',
    turns: [
      {
        text: 'Jimmy Loords nummer?',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      {
        text: 'ok. vem är samordnare nära vård då',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-14',
    class: 'plain',
    turns: [
      {
        text: 'vilka hc finns i Oskarshamn',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'Blå Kustens nummer',
        expect: { kind: 'unitLookup', unit: 'hc-bla-kusten', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-15',
    class: 'followUp',
    turns: [
      {
        text: 'vilka deltar i Hultsfredsklustret?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'sv' },
      },
      {
        text: 'målgrupperna?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'sv' },
      },
      {
        text: 'finns det nån kontaktperson där',
        expect: { kind: 'groupContacts', group: 'hultsfred', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-16',
    class: 'followUp',
    turns: [
      {
        text: 'vad fokuserar västerviksklustret på',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'sv',
        },
      },
      {
        text: 'vilka är med',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p42-17',
    class: 'ownWords',
    conversation: 'groupChat',
    turns: [
      {
        text: 'nån som har numret till akuten i Västervik?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'sv' },
      },
      {
        text: 'och Oskarshamns',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-18',
    class: 'wordFormation',
    turns: [
      {
        text: 'öppenvårdspsykiatrins nummer i Vimmerby',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-19',
    class: 'language',
    turns: [
      {
        text: 'who are the contacts for the Karlshamn pilot?',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'what does Lina Öhlin do',
        expect: { kind: 'personLookup', person: 'lina-ohlin', lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-20',
    class: 'followUp',
    turns: [
      {
        text: 'who are all the basenhetschefer?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-21',
    class: 'followUp',
    turns: [
      {
        text: 'Susanna Althini telefon',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
      {
        text: 'numret till Högsby hälsocentral då',
        expect: { kind: 'unitLookup', unit: 'hc-hogsby', lang: 'sv' },
      },
      {
        text: 'och vem kontaktar man om hälsolotsen?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-22',
    class: 'spelling',
    turns: [
      {
        text: 'contact for oskarsgrupen',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'helene svenson mobile',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-23',
    class: 'followUp',
    turns: [
      {
        text: 'RUB5 på Gripen',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', lang: 'sv' },
      },
      {
        text: 'och för Nybro?',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-nybro', lang: 'sv' },
      },
      {
        text: 'hur många av dem saknar fast läkare',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-nybro',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p42-24',
    class: 'followUp',
    turns: [
      {
        text: 'min hc är Esplanaden',
        expect: { kind: 'setMyUnit', unit: 'hc-esplanaden', lang: 'sv' },
      },
      {
        text: 'hur många rub 5 har vi',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'patients', lang: 'sv' },
      },
      {
        text: 'andel med SIP hos oss?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-25',
    class: 'followUp',
    turns: [
      {
        text: "show me the RUB 5 patients at my health centre that don't have a named GP",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-26',
    class: 'wordFormation',
    turns: [
      {
        text: 'fördelningen mellan hc:na för rub5 utan fast läkarkontakt',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'samma för mars 2023',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          period: '2023-03',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p42-27',
    class: 'language',
    turns: [
      {
        text: 'how has the share of RUB 5 without a named GP changed since August 2022?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and at Stensö?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-stenso',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p42-28',
    class: 'plain',
    turns: [
      {
        text: 'jämför Kristineberg med Gripen och Blå Kusten',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-gripen', 'hc-bla-kusten'],
          lang: 'sv',
        },
      },
      {
        text: 'bara SIP-andelen',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-gripen', 'hc-bla-kusten'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p42-29',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, Sara here – I just took over as unit manager at Mönsterås and I'm pulling numbers together for the regional review on Thursday. Can you set my health centre to Mönsterås?",
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'en' },
      },
      {
        text: 'great. how many of our RUB 5 patients had a readmission?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'aterinlaggning', lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-30',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka rub5 saknar fast läkare på Högsby hc?',
        expect: { kind: 'patientList', scope: 'hc-hogsby', without: true, lang: 'sv' },
      },
      {
        text: 'och Mörlunda?',
        expect: { kind: 'patientList', scope: 'hc-morlunda', without: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-31',
    class: 'details',
    turns: [
      {
        text: 'RUB 4 på Borgholm i december 2022',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-borgholm',
          level: 4,
          period: '2022-12',
          lang: 'sv',
        },
      },
      {
        text: 'och RUB 5?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-borgholm',
          level: 5,
          period: '2022-12',
          lang: 'sv',
        },
      },
      {
        text: 'hur många av dem har åkt ambulans',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-borgholm',
          level: 5,
          period: '2022-12',
          measure: 'ambulans',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p42-32',
    class: 'spelling',
    turns: [
      {
        text: 'hur många rub5:or i regionen har besökt akutn',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'akutbesok', lang: 'sv' },
      },
      {
        text: 'psykiatrin då',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'psykiatri', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-33',
    class: 'details',
    turns: [
      {
        text: 'RUB5 trend for Nybro from October 2022 to February 2023',
        expect: { kind: 'rubTrend', scope: 'hc-nybro', from: '2022-10', to: '2023-02', lang: 'en' },
      },
      {
        text: 'compare Nybro with Emmaboda',
        expect: { kind: 'rubCompare', units: ['hc-nybro', 'hc-emmaboda'], lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-34',
    class: 'ownWords',
    turns: [
      {
        text: 'hur ligger vi till mot Färjestaden vad gäller fast läkare?',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-farjestaden'],
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
      {
        text: 'lista våra rub5 som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för Oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'visa hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p42-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to the weekly digest – Fridays at 2 pm, only Gripen and Kristineberg',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      {
        text: 'what subscriptions does this channel have now?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
    ],
  },
  {
    id: 'p42-37',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'pausa veckobrevet tills efter regiongenomgången',
        expect: { kind: 'digestPause', lang: 'sv' },
      },
      {
        text: 'nu kan ni starta veckobrevet igen',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-38',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'kan vi få veckobrevet på torsdagar kl 7 i stället?',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', weekday: 4, time: '07:00', lang: 'sv' },
      },
      {
        text: 'vilka veckobrev är uppsatta här nu',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p42-39',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests are set up in this channel?',
        expect: { kind: 'digestList', lang: 'en' },
      },
      { text: 'unsubscribe us from it', expect: { kind: 'digestUnsubscribe', lang: 'en' } },
    ],
  },
  {
    id: 'p42-40',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'preview the digest pls',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'en' },
      },
      {
        text: 'ok sign us up for the whole region, tuesdays 9am',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 2,
          time: '09:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      { text: 'thx', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  // Round p41, written blind: January after the holidays, staff back from leave, winter infections.
  {
    id: 'p41-01',
    class: 'followUp',
    turns: [
      {
        text: 'hej! tillbaka efter ledigheten och har glömt allt 😅 vem är basenhetschef på Kristineberg?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
      {
        text: 'och på Blå Kusten?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'har hon nåt nummer?',
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och mejl till Helene Svensson?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-02',
    class: 'language',
    turns: [
      {
        text: 'Who do I contact for Oskarsgruppen? We need to coordinate on the flu outbreak at the nursing homes',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'what about the home hospital in Borgholm?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: 'his number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-03',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och är distriktssköterska i kommunens hemsjukvård, precis tillbaka efter jul och nyår. Vi har jättemycket RS och influensa bland de äldre just nu och jag vill komma i kontakt med de som driver samverkan kring hemsjukvård i Västervik. Vem kontaktar jag där?',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
      {
        text: 'vilka deltar i det?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
          lang: 'sv',
        },
      },
      { text: 'tack så mycket!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p41-04',
    class: 'spelling',
    turns: [
      {
        text: 'telefonumer till maria alvinson hilbert',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'phone',
          lang: 'sv',
        },
      },
      {
        text: 'mobilen då?',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p41-05',
    class: 'wordFormation',
    turns: [
      {
        text: 'oskarsgruppens kontaktpersoner?',
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'sv' },
      },
      {
        text: 'hemsjukhusets fokus då',
        expect: {
          kind: 'groupDetails',
          group: 'hemsjukhuset-borgholm',
          aspect: 'focus',
          lang: 'sv',
        },
      },
      {
        text: 'och högsbyklustrets målgrupper',
        expect: {
          kind: 'groupDetails',
          group: 'hogsby-beroende',
          aspect: 'targetGroups',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p41-06',
    class: 'plain',
    turns: [
      {
        text: 'phone number to Gripen health centre',
        expect: { kind: 'unitLookup', unit: 'hc-gripen', lang: 'en' },
      },
      {
        text: 'and Kristineberg?',
        expect: { kind: 'unitLookup', unit: 'hc-kristineberg', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-07',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns det i Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och för Nybro?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'nummer till Gamleby',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-08',
    class: 'ownWords',
    turns: [
      {
        text: "I need to get hold of whoever's in charge at Borgholm health centre, we're sending a patient over from Kalmar tomorrow",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', unit: 'hc-borgholm', lang: 'en' },
      },
      {
        text: "is that Åke Åkesson? what's his email",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'email', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-09',
    class: 'followUp',
    turns: [
      {
        text: 'har vi något nummer till Ragnhild Holmberg? hon hade hand om patientkontrakten förut',
        expect: { kind: 'personLookup', person: 'notFound', field: 'phone', lang: 'sv' },
      },
      {
        text: 'ok. vem i samordnande arbetsgruppen kan jag fråga istället?',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-10',
    class: 'language',
    turns: [
      {
        text: 'kan du ge mig mejladressen till Mathias Karlsson',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
      {
        text: 'och Emma Rydh?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'sv' },
      },
      {
        text: 'vad jobbar hon med?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'emma-rydh', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-11',
    class: 'followUp',
    turns: [
      { text: 'Svensson', expect: { kind: 'personLookup', person: 'ambiguous', lang: 'sv' } },
      { text: 'Maria', expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'sv' } },
      {
        text: 'vilken enhet sitter hon på?',
        expect: { kind: 'personLookup', person: 'maria-svensson', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-12',
    class: 'followUp',
    turns: [
      {
        text: 'lista alla basenhetschefer',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 1, lang: 'sv' },
      },
      {
        text: 'nästa sida',
        expect: { kind: 'peopleByRole', role: 'basenhetschef', page: 2, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-13',
    class: 'spelling',
    turns: [
      {
        text: 'vem ä verksamhetsched på borgholms hc',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-14',
    class: 'language',
    turns: [
      {
        text: 'who takes part in the Karlshamn pilot?',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: 'and who are the contact people?',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-15',
    class: 'followUp',
    turns: [
      {
        text: 'växelnumret till Västerviks sjukhus? akuten är överbelastad och jag behöver nå medicinkliniken',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'sv' },
      },
      {
        text: 'och Oskarshamns?',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'sv' },
      },
      {
        text: 'länssjukhuset då',
        expect: { kind: 'unitLookup', unit: 'sjukhus-kalmar', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-16',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I'm a locum GP covering at Högsby health centre through January while one of the regular doctors is on parental leave. Is Susanna Althini still working there, and how can I reach her?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', lang: 'en' },
      },
      {
        text: "and what's the dependence collaboration project she's part of about?",
        locale: 'en-US',
        expect: { kind: 'groupDetails', group: 'hogsby-beroende', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-17',
    class: 'ownWords',
    turns: [
      {
        text: 'vem håller i hälsolotsen i Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-halsolots', lang: 'sv' },
      },
      {
        text: 'vad är det för nåt egentligen',
        expect: { kind: 'groupDetails', group: 'hogsby-halsolots', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-18',
    class: 'spelling',
    turns: [
      {
        text: 'nummer till öppenvårdpsykiatrin vimerby',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
      {
        text: 'finns det nån mejl dit också',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-19',
    class: 'followUp',
    turns: [
      {
        text: 'who is the nära vård coordinator these days?',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: "ok, Marie Ragnarsson's email then",
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'en' },
      },
      {
        text: 'what about her mobile?',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-20',
    class: 'plain',
    turns: [
      {
        text: 'how do I reach 1177 Vårdguiden?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'vardguiden-1177', lang: 'en' },
      },
      {
        text: 'and the ambulance service?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'en' },
      },
      { text: "thanks, that's all", locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p41-21',
    class: 'wordFormation',
    turns: [
      {
        text: 'Stensö hälsocentrals telefonnummer',
        expect: { kind: 'unitLookup', unit: 'hc-stenso', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-22',
    class: 'plain',
    turns: [
      {
        text: 'nummer till Smedby hälsocentral',
        expect: { kind: 'unitLookup', unit: 'notFound', lang: 'sv' },
      },
      {
        text: 'och vad har Jimmy Loord för mejl',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-23',
    class: 'followUp',
    turns: [
      { text: 'min HC är Gripen', expect: { kind: 'setMyUnit', unit: 'hc-gripen', lang: 'sv' } },
      {
        text: 'hur ser det ut med rub 5 hos oss nu efter helgerna?',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' },
      },
      {
        text: 'hur många av dem har SIP?',
        expect: { kind: 'rubSummary', scope: 'mine', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-24',
    class: 'followUp',
    turns: [
      {
        text: "which of my RUB 5 patients don't have a named GP?",
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'en' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 2, lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-25',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Karim och är ny basenhetschef på Mörlunda sedan 2 januari, tog över efter jul när förra chefen gick i pension. Kan du sätta Mörlunda som min hälsocentral?',
        expect: { kind: 'setMyUnit', unit: 'hc-morlunda', lang: 'sv' },
      },
      {
        text: 'hur många rub5 har vi som saknar fast läkare?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p41-26',
    class: 'followUp',
    turns: [
      {
        text: 'fördelningen mellan hälsocentralerna för RUB5 som saknar fast läkarkontakt',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'och i december?',
        expect: {
          kind: 'rubDistribution',
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
          lang: 'sv',
        },
      },
      {
        text: 'samma fast för ambulansresor',
        expect: { kind: 'rubDistribution', measure: 'ambulans', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-27',
    class: 'language',
    turns: [
      {
        text: 'how has the share without a named GP changed since August at Esplanaden?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-esplanaden',
          from: '2022-08',
          lang: 'en',
        },
      },
      {
        text: 'and for Gamleby?',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-gamleby',
          from: '2022-08',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p41-28',
    class: 'followUp',
    turns: [
      {
        text: 'jämför Kristineberg med Blå Kusten på akutbesök',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-bla-kusten'],
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'lägg till Gripen också',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-bla-kusten', 'hc-gripen'],
          measure: 'akutbesok',
          lang: 'sv',
        },
      },
      {
        text: 'och ambulans?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-kristineberg', 'hc-bla-kusten', 'hc-gripen'],
          measure: 'ambulans',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p41-29',
    class: 'ownWords',
    turns: [
      {
        text: 'hur många rub 5-patienter i hela länet har åkt ambulans?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'ambulans', lang: 'sv' },
      },
      {
        text: 'återinläggningar då?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'aterinlaggning', lang: 'sv' },
      },
      {
        text: 'hur har det utvecklats sedan augusti?',
        expect: {
          kind: 'rubTrend',
          measure: 'aterinlaggning',
          scope: 'region',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p41-30',
    class: 'details',
    turns: [
      {
        text: 'compare us with Nybro on RUB 5 patients without a regular doctor',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'what about in January?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['mine', 'hc-nybro'],
          measure: 'withoutFastLakarkontakt',
          period: '2023-01',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p41-31',
    class: 'spelling',
    turns: [
      {
        text: 'rub4 på stensö?',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', level: 4, lang: 'sv' },
      },
      {
        text: 'och rub 5',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', level: 5, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-32',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'list our RUB5 patients without a GP',
        locale: 'en-US',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'en' },
      },
      {
        text: 'ok then just give me the numbers for Berga',
        locale: 'en-US',
        expect: { kind: 'rubSummary', scope: 'hc-berga', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-33',
    class: 'details',
    turns: [
      {
        text: 'RUB5-siffror för Vimmerby januari 2023',
        expect: { kind: 'rubSummary', scope: 'hc-vimmerby', period: '2023-01', lang: 'sv' },
      },
      {
        text: 'hemsjukvården?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-vimmerby',
          period: '2023-01',
          measure: 'hemsjukvard',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p41-34',
    class: 'details',
    turns: [
      {
        text: 'trend in psychiatry contacts among our RUB 5 patients from August 2022 to March 2023',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'psykiatri',
          scope: 'mine',
          from: '2022-08',
          to: '2023-03',
          lang: 'en',
        },
      },
      {
        text: 'and rehab?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'rehabilitering',
          scope: 'mine',
          from: '2022-08',
          to: '2023-03',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p41-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för Oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'visa hur det ser ut', expect: { kind: 'digestPreview', lang: 'sv' } },
    ],
  },
  {
    id: 'p41-36',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests is this channel subscribed to?',
        locale: 'en-US',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'pause it for now, half the team is off sick with the flu',
        locale: 'en-US',
        expect: { kind: 'digestPause', lang: 'en' },
      },
    ],
  },
  {
    id: 'p41-37',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'starta veckobrevet igen nu när alla är tillbaka från ledigheten',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      {
        text: 'och flytta det till tisdagar 07.30',
        expect: { kind: 'digestSubscribe', weekday: 2, time: '07:30', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p41-38',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe us to the weekly digest for Gripen and Kristineberg, Thursdays at 2pm',
        expect: {
          kind: 'digestSubscribe',
          weekday: 4,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'en',
        },
      },
      { text: 'show me a preview', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p41-39',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'avsluta veckobrevet här, vi har flyttat till en ny kanal',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
      { text: 'vilka prenumerationer finns kvar?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p41-40',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på regionens veckobrev, fredagar kl 9',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          weekday: 5,
          time: '09:00',
          digestScope: 'region',
          lang: 'sv',
        },
      },
      {
        text: 'nej förresten, ta onsdagar istället',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', weekday: 3, lang: 'sv' },
      },
    ],
  },
  // Round p43, written blind: municipal elderly-care and home-care staff reaching regional health care.
  {
    id: 'p43-01',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Lena och är undersköterska i hemtjänsten i Borgholms kommun. Vi har en brukare som blivit mycket sämre över helgen och jag behöver få tag på halsocentralen i Borgholm, vad har dom för nummer?',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-borgholm' },
      },
      { text: 'tack snälla!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p43-02',
    class: 'followUp',
    turns: [
      {
        text: 'hemsjukhuset i borgholm, vem är kontaktperson där?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'vad har han för nummer',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'phone' },
      },
      {
        text: 'och mailadressen?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ake-akesson', field: 'email' },
      },
    ],
  },
  {
    id: 'p43-03',
    class: 'spelling',
    turns: [
      {
        text: 'telefon nr till susana altini högsby hc',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'phone' },
      },
      {
        text: 'mejl till henne då',
        expect: { kind: 'personLookup', lang: 'sv', person: 'susanna-althini', field: 'email' },
      },
    ],
  },
  {
    id: 'p43-04',
    class: 'language',
    turns: [
      {
        text: "Hi, I'm the MAS in Högsby municipality. Who is the contact for the collaboration on addiction problems between the health centre and the kommun?",
        locale: 'sv-SE',
        expect: { kind: 'groupContacts', lang: 'en', group: 'hogsby-beroende' },
      },
      {
        text: 'what are they focusing on?',
        locale: 'sv-SE',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hogsby-beroende', aspect: 'focus' },
      },
      {
        text: 'and who takes part?',
        locale: 'sv-SE',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'hogsby-beroende',
          aspect: 'participants',
        },
      },
    ],
  },
  {
    id: 'p43-05',
    class: 'followUp',
    turns: [
      {
        text: 'vilka vårdcentraler finns i västervik',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'och i Nybro?',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Nybro',
          unitKind: 'halsocentral',
        },
      },
      {
        text: 'mörbylånga då',
        expect: {
          kind: 'unitsInArea',
          lang: 'sv',
          municipality: 'Mörbylånga',
          unitKind: 'halsocentral',
        },
      },
    ],
  },
  {
    id: 'p43-06',
    class: 'followUp',
    turns: [
      {
        text: 'numret till Maria?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'ambiguous', field: 'phone' },
      },
      {
        text: 'Alvinsson Hilberth',
        expect: { kind: 'personLookup', lang: 'sv', person: 'maria-alvinsson-hilberth' },
      },
      {
        text: 'har hon mobil också',
        expect: {
          kind: 'personLookup',
          lang: 'sv',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
        },
      },
    ],
  },
  {
    id: 'p43-07',
    class: 'plain',
    turns: [
      {
        text: 'Contact details for Birgitta Lindqvist, MAS in Hultsfred',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'notFound' },
      },
      {
        text: 'ok, then the Hultsfred health centre',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-hultsfred' },
      },
    ],
  },
  {
    id: 'p43-08',
    class: 'spelling',
    turns: [
      {
        text: 'vem e basenhetschef på blå kustn?',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-bla-kusten' },
      },
      {
        text: 'och på kristinebrg',
        expect: { kind: 'roleAtUnit', lang: 'sv', role: 'basenhetschef', unit: 'hc-kristineberg' },
      },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p43-09',
    class: 'wordFormation',
    turns: [
      {
        text: 'Gripens hälsocentrals telefonnummer',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'hc-gripen' },
      },
      {
        text: 'och Oskarshamns sjukhus',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-oskarshamn' },
      },
    ],
  },
  {
    id: 'p43-10',
    class: 'plain',
    turns: [
      {
        text: 'who are the coordinators for nära vård?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'samordnare' },
      },
      {
        text: "what's Marie's email",
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'marie-ragnarsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p43-11',
    class: 'ownWords',
    turns: [
      {
        text: 'hörde om karlshamnspiloten med egen telefonlinje till vårdcentralen, vilka var med i den?',
        expect: {
          kind: 'groupDetails',
          lang: 'sv',
          group: 'karlshamnspiloten',
          aspect: 'participants',
        },
      },
      {
        text: 'vem kan man prata med om den',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'karlshamnspiloten' },
      },
    ],
  },
  {
    id: 'p43-12',
    class: 'language',
    turns: [
      { text: 'hej hej', locale: 'en-US', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'nummer till öppenvårdspsykiatrin i vimmerby',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'psyk-vimmerby' },
      },
    ],
  },
  {
    id: 'p43-13',
    class: 'spelling',
    turns: [
      {
        text: 'akutmotagningen vastervik telefon',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-vastervik' },
      },
      {
        text: 'och länsjukhuset i kalmar',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'sjukhus-kalmar' },
      },
    ],
  },
  {
    id: 'p43-14',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej, jag är biståndshandläggare i Oskarshamns kommun och vi vill ha med regionen i en SIP för en äldre man med många diagnoser som åker in och ut på akuten. Vem kontaktar jag i Oskarsgruppen?',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'oskarshamn-cluster' },
      },
      {
        text: 'Helene Svensson, har hon telefon?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'phone' },
      },
      {
        text: 'mejl då?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'helene-svensson', field: 'email' },
      },
    ],
  },
  {
    id: 'p43-15',
    class: 'followUp',
    turns: [
      {
        text: 'list all basenhetschefer',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'basenhetschef' },
      },
      {
        text: 'next',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', lang: 'en', role: 'basenhetschef', page: 1 },
      },
    ],
  },
  {
    id: 'p43-16',
    class: 'plain',
    turns: [
      {
        text: 'How do I reach Löttorp health centre?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', lang: 'en', unit: 'hc-lottorp' },
      },
      {
        text: "who's the manager there",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', unit: 'hc-lottorp' },
      },
    ],
  },
  {
    id: 'p43-17',
    class: 'ownWords',
    turns: [
      {
        text: 'vem kan jag ringa om hälsolotsen i högsby',
        expect: { kind: 'groupContacts', lang: 'sv', group: 'hogsby-halsolots' },
      },
      {
        text: 'vad är det för nåt egentligen',
        expect: { kind: 'groupDetails', lang: 'sv', group: 'hogsby-halsolots' },
      },
    ],
  },
  {
    id: 'p43-18',
    class: 'ownWords',
    turns: [
      {
        text: 'who works in the coordinating group for nära vård?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'samordnande-arbetsgrupp' },
      },
      {
        text: 'email to Mathias there',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'mathias-karlsson', field: 'email' },
      },
    ],
  },
  {
    id: 'p43-19',
    class: 'followUp',
    turns: [
      {
        text: 'har ni nummret till distriktssköterskan Karin Bergqvist i Torsås?',
        expect: { kind: 'personLookup', lang: 'sv', person: 'notFound', field: 'phone' },
      },
      {
        text: 'torsås hälsocentral då',
        expect: { kind: 'unitLookup', lang: 'sv', unit: 'notFound' },
      },
    ],
  },
  {
    id: 'p43-20',
    class: 'language',
    turns: [
      {
        text: 'what is the home hospital in Borgholm about?',
        locale: 'sv-SE',
        expect: { kind: 'groupDetails', lang: 'en', group: 'hemsjukhuset-borgholm' },
      },
      {
        text: 'target group?',
        locale: 'sv-SE',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'hemsjukhuset-borgholm',
          aspect: 'targetGroups',
        },
      },
    ],
  },
  {
    id: 'p43-21',
    class: 'plain',
    turns: [
      {
        text: "who's the head of operations at Borgholm health centre?",
        locale: 'en-US',
        expect: { kind: 'roleAtUnit', lang: 'en', role: 'verksamhetschef', unit: 'hc-borgholm' },
      },
      {
        text: 'his direct number?',
        locale: 'en-US',
        expect: { kind: 'personLookup', lang: 'en', person: 'ake-akesson', field: 'phone' },
      },
    ],
  },
  {
    id: 'p43-22',
    class: 'wordFormation',
    turns: [
      {
        text: 'mejladressen till julia ström',
        expect: { kind: 'personLookup', lang: 'sv', person: 'julia-strom', field: 'email' },
      },
      {
        text: 'och emma rydhs',
        expect: { kind: 'personLookup', lang: 'sv', person: 'emma-rydh', field: 'email' },
      },
    ],
  },
  {
    id: 'p43-23',
    class: 'longMessage',
    turns: [
      {
        text: 'Hello, I work as a nurse in the home health care in Västervik municipality and we share many frail patients with Esplanaden. Who takes part in the home care collaboration project there?',
        locale: 'en-US',
        expect: {
          kind: 'groupDetails',
          lang: 'en',
          group: 'vastervik-esplanaden',
          aspect: 'participants',
        },
      },
      {
        text: 'is there a contact person?',
        locale: 'en-US',
        expect: { kind: 'groupContacts', lang: 'en', group: 'vastervik-esplanaden' },
      },
    ],
  },
  {
    id: 'p43-24',
    class: 'followUp',
    turns: [
      {
        text: 'min hc är borgholm',
        expect: { kind: 'setMyUnit', lang: 'sv', unit: 'hc-borgholm' },
      },
      { text: 'hur många rub5 har vi', expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine' } },
      {
        text: 'hur många av dom har hemsjukvård',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'hemsjukvard' },
      },
      {
        text: 'och återinläggningar',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', measure: 'aterinlaggning' },
      },
    ],
  },
  {
    id: 'p43-25',
    class: 'details',
    turns: [
      {
        text: 'how has the share of RUB 5 patients without a named GP changed since August 2022 at my health centre?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
        },
      },
      {
        text: 'and for the whole region?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          lang: 'en',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-08',
        },
      },
    ],
  },
  {
    id: 'p43-26',
    class: 'spelling',
    turns: [
      {
        text: 'jämför gripen och kristinebreg rub 5',
        expect: { kind: 'rubCompare', lang: 'sv', units: ['hc-gripen', 'hc-kristineberg'] },
      },
      {
        text: 'lägg till blå kusten',
        expect: {
          kind: 'rubCompare',
          lang: 'sv',
          units: ['hc-gripen', 'hc-kristineberg', 'hc-bla-kusten'],
        },
      },
    ],
  },
  {
    id: 'p43-27',
    class: 'followUp',
    turns: [
      {
        text: 'visa mina rub 5 patienter som saknar fast läkare',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
      {
        text: 'nästa',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
      {
        text: 'nästa sida',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 2 },
      },
      {
        text: 'föregående',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true, page: 1 },
      },
    ],
  },
  {
    id: 'p43-28',
    class: 'language',
    turns: [
      {
        text: 'distribution across health centres of RUB5 without fast läkarkontakt',
        locale: 'sv-SE',
        expect: { kind: 'rubDistribution', lang: 'en', measure: 'withoutFastLakarkontakt' },
      },
      {
        text: 'same for SIP',
        locale: 'sv-SE',
        expect: { kind: 'rubDistribution', lang: 'en', measure: 'withSip' },
      },
    ],
  },
  {
    id: 'p43-29',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är ny basenhetschef och vi har väldigt mycket samarbete med kommunens hemsjukvård i Mörbylånga. Hur många RUB 5-patienter på Färjestaden har pågående hemsjukvård?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-farjestaden', measure: 'hemsjukvard' },
      },
      {
        text: 'och hur många har åkt ambulans?',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'hc-farjestaden', measure: 'ambulans' },
      },
    ],
  },
  {
    id: 'p43-30',
    class: 'details',
    turns: [
      {
        text: 'andel med sip på stensö i januari 2023',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-stenso',
          measure: 'withSip',
          period: '2023-01',
        },
      },
      {
        text: 'och december',
        expect: {
          kind: 'rubSummary',
          lang: 'sv',
          scope: 'hc-stenso',
          measure: 'withSip',
          period: '2022-12',
        },
      },
    ],
  },
  {
    id: 'p43-31',
    class: 'ownWords',
    turns: [
      {
        text: 'compare our RUB 5 numbers with Nybro and Emmaboda',
        locale: 'en-US',
        expect: { kind: 'rubCompare', lang: 'en', units: ['mine', 'hc-nybro', 'hc-emmaboda'] },
      },
      {
        text: 'how many of ours have no named GP?',
        locale: 'en-US',
        expect: {
          kind: 'rubSummary',
          lang: 'en',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
        },
      },
    ],
  },
  {
    id: 'p43-32',
    class: 'followUp',
    turns: [
      {
        text: 'hur många rub 4 har vi hos oss',
        expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 4 },
      },
      { text: 'och rub 5', expect: { kind: 'rubSummary', lang: 'sv', scope: 'mine', level: 5 } },
      { text: 'visa listan', expect: { kind: 'patientList', lang: 'sv', scope: 'mine', level: 5 } },
    ],
  },
  {
    id: 'p43-33',
    class: 'plain',
    turns: [
      {
        text: 'set my unit to Överum',
        locale: 'en-US',
        expect: { kind: 'setMyUnit', lang: 'en', unit: 'hc-overum' },
      },
      {
        text: 'list my RUB 5 patients',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine' },
      },
      {
        text: 'next page',
        locale: 'en-US',
        expect: { kind: 'patientList', lang: 'en', scope: 'mine', page: 1 },
      },
    ],
  },
  {
    id: 'p43-34',
    class: 'details',
    turns: [
      {
        text: 'utvecklingen för andelen utan fast läkarkontakt från oktober till februari, Gamleby',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-gamleby',
          from: '2022-10',
          to: '2023-02',
        },
      },
      {
        text: 'samma för hela regionen',
        expect: {
          kind: 'rubTrend',
          lang: 'sv',
          measure: 'withoutFastLakarkontakt',
          scope: 'region',
          from: '2022-10',
          to: '2023-02',
        },
      },
    ],
  },
  {
    id: 'p43-35',
    class: 'ownWords',
    turns: [
      {
        text: 'kan jag få en lista på mina mest komplexa patienter som inte har nån fast doktor',
        expect: { kind: 'patientList', lang: 'sv', scope: 'mine', without: true },
      },
    ],
  },
  {
    id: 'p43-36',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'prenumerera kanalen på veckobrevet för Oskarshamn, måndagar kl 8',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 1,
          time: '08:00',
          digestScope: 'area:Oskarshamn',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'vilka prenumerationer har vi här nu?', expect: { kind: 'digestList', lang: 'sv' } },
    ],
  },
  {
    id: 'p43-37',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'subscribe this channel to a weekly digest for Gripen and Kristineberg, Thursdays at 2 pm',
        locale: 'en-US',
        expect: {
          kind: 'digestSubscribe',
          lang: 'en',
          weekday: 4,
          time: '14:00',
          digestScope: 'units:hc-gripen,hc-kristineberg',
        },
      },
      {
        text: 'actually move it to Friday morning at 9',
        locale: 'en-US',
        expect: { kind: 'digestSubscribe', lang: 'en', weekday: 5, time: '09:00' },
      },
    ],
  },
  {
    id: 'p43-38',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      { text: 'pausa veckobrevet över sommarn', expect: { kind: 'digestPause', lang: 'sv' } },
      { text: 'vilka prenumerationr har kanalen', expect: { kind: 'digestList', lang: 'sv' } },
      {
        text: 'sätt igång veckobrevet igen nu',
        expect: { kind: 'digestPause', lang: 'sv', resume: true },
      },
    ],
  },
  {
    id: 'p43-39',
    class: 'language',
    conversation: 'channel',
    turns: [
      {
        text: 'which digests does this channel get?',
        locale: 'sv-SE',
        expect: { kind: 'digestList', lang: 'en' },
      },
      {
        text: 'hi bot, we no longer need the weekly summary in this channel, please unsubscribe',
        locale: 'sv-SE',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
      { text: 'thanks', locale: 'sv-SE', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p43-40',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'kan ni skicka veckobrev om hela regionen hit varje tisdag 07.30?',
        expect: {
          kind: 'digestSubscribe',
          lang: 'sv',
          weekday: 2,
          time: '07:30',
          digestScope: 'region',
        },
      },
      { text: 'förhandsgranska', expect: { kind: 'digestPreview', lang: 'sv' } },
      {
        text: 'vilka veckobrev går till den här kanalen',
        expect: { kind: 'digestList', lang: 'sv' },
      },
    ],
  },
  // Round p44, written blind: psychiatry, ambulance and hospital staff; quarterly comparisons; a coordinator tidying digests.
  {
    id: 'p44-01',
    class: 'followUp',
    turns: [
      {
        text: 'Hej, vilket nummer har psykiatrin?',
        expect: { kind: 'unitLookup', unit: 'psykiatrin', lang: 'sv' },
      },
      {
        text: 'och öppenvårdspsyk i Vimmerby?',
        expect: { kind: 'unitLookup', unit: 'psyk-vimmerby', lang: 'sv' },
      },
      { text: 'toppen, tack', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p44-02',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag är sjuksköterska på akutmottagningen i Västervik. Vi ser samma sköra patienter komma tillbaka gång på gång och jag skulle vilja prata med dem som driver samverkan kring hemsjukvården i Västervik. Vem ska jag kontakta?',
        expect: { kind: 'groupContacts', group: 'vastervik-esplanaden', lang: 'sv' },
      },
      {
        text: 'vad är fokus i det arbetet?',
        expect: {
          kind: 'groupDetails',
          group: 'vastervik-esplanaden',
          aspect: 'focus',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p44-03',
    class: 'longMessage',
    turns: [
      {
        text: "Hi, I work as an ambulance nurse in the northern part of Öland, and sometimes we offer patients a doctor's visit at home the next day instead of taking them in. Who is the contact person for the home hospital in Borgholm?",
        locale: 'en-US',
        expect: { kind: 'groupContacts', group: 'hemsjukhuset-borgholm', lang: 'en' },
      },
      {
        text: "what's his number?",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'phone', lang: 'en' },
      },
      {
        text: 'does he have a mobile as well?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'ake-akesson', field: 'mobile', lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-04',
    class: 'spelling',
    turns: [
      {
        text: 'vem ar verksamhetsshef på borgholms hc',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-borgholm', lang: 'sv' },
      },
      {
        text: 'och på Löttorp då',
        expect: { kind: 'roleAtUnit', role: 'verksamhetschef', unit: 'hc-lottorp', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-05',
    class: 'wordFormation',
    turns: [
      {
        text: 'Vem är Blå Kustens basenhetschef?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-bla-kusten', lang: 'sv' },
      },
      {
        text: 'och Kristinebergs?',
        expect: { kind: 'roleAtUnit', role: 'basenhetschef', unit: 'hc-kristineberg', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-06',
    class: 'followUp',
    turns: [
      {
        text: 'jag söker Svensson, vi har en gemensam patient',
        expect: { kind: 'personLookup', person: 'ambiguous', lang: 'sv' },
      },
      { text: 'Helene', expect: { kind: 'personLookup', person: 'helene-svensson', lang: 'sv' } },
      {
        text: 'hennes mejl?',
        expect: { kind: 'personLookup', person: 'helene-svensson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-07',
    class: 'ownWords',
    turns: [
      {
        text: 'har du kontaktuppgifter till överläkare Lars Bengtsson på psykiatrin i Kalmar?',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
      {
        text: 'okej. hur når jag psykiatrin istället då',
        expect: { kind: 'unitLookup', unit: 'psykiatrin', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-08',
    class: 'language',
    turns: [
      {
        text: "Who should I contact about Oskarsgruppen? I work in outpatient psychiatry in Oskarshamn and we'd like to join.",
        expect: { kind: 'groupContacts', group: 'oskarshamn-cluster', lang: 'en' },
      },
      {
        text: 'is psychiatry already one of the participants?',
        expect: {
          kind: 'groupDetails',
          group: 'oskarshamn-cluster',
          aspect: 'participants',
          lang: 'en',
        },
      },
      {
        text: "ok, and Anna Dahl's phone number?",
        expect: { kind: 'personLookup', person: 'anna-dahl', field: 'phone', lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-09',
    class: 'followUp',
    turns: [
      {
        text: 'phone number for Susanna Althini please',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'en' },
      },
      {
        text: 'and her email?',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'email', lang: 'en' },
      },
      { text: 'great, thanks!', locale: 'en-US', expect: { kind: 'thanks', lang: 'en' } },
    ],
  },
  {
    id: 'p44-10',
    class: 'ownWords',
    turns: [
      {
        text: 'finns det nån analytiker som tar fram rub-siffrorna? vill fråga om underlaget till kvartalsuppföljningen',
        expect: { kind: 'peopleByRole', role: 'analytiker', lang: 'sv' },
      },
      {
        text: 'vad har han för mejl',
        expect: { kind: 'personLookup', person: 'mathias-karlsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-11',
    class: 'followUp',
    turns: [
      {
        text: 'who are the Nära vård coordinators?',
        locale: 'en-US',
        expect: { kind: 'peopleByRole', role: 'samordnare', lang: 'en' },
      },
      {
        text: "Maria Alvinsson Hilberth's mobile, please",
        locale: 'en-US',
        expect: {
          kind: 'personLookup',
          person: 'maria-alvinsson-hilberth',
          field: 'mobile',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p44-12',
    class: 'followUp',
    turns: [
      {
        text: 'vilka hälsocentraler finns i Västervik?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Västervik',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och i Oskarshamn?',
        expect: {
          kind: 'unitsInArea',
          municipality: 'Oskarshamn',
          unitKind: 'halsocentral',
          lang: 'sv',
        },
      },
      {
        text: 'och sjukhusen i Kalmar kommun?',
        expect: { kind: 'unitsInArea', municipality: 'Kalmar', unitKind: 'sjukhus', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-13',
    class: 'followUp',
    turns: [
      {
        text: 'which hospitals are there in the county?',
        locale: 'en-US',
        expect: { kind: 'unitsInArea', unitKind: 'sjukhus', lang: 'en' },
      },
      {
        text: 'how do I reach the emergency department in Oskarshamn?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-oskarshamn', lang: 'en' },
      },
      {
        text: 'and the one in Västervik?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'sjukhus-vastervik', lang: 'en' },
      },
      {
        text: "I'm looking for Linda Berg, a nurse at the ED there",
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-14',
    class: 'ownWords',
    turns: [
      {
        text: 'hur får man tag i ambulansen? alltså inte 112 utan ambulansverksamheten, vi vill boka ett samverkansmöte',
        expect: { kind: 'unitLookup', unit: 'ambulans', lang: 'sv' },
      },
      { text: 'tack så mycket!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p44-15',
    class: 'followUp',
    turns: [
      { text: 'hej hej', expect: { kind: 'greeting', lang: 'sv' } },
      {
        text: 'vem är kontaktperson för samverkan kring beroende i Högsby?',
        expect: { kind: 'groupContacts', group: 'hogsby-beroende', lang: 'sv' },
      },
      {
        text: 'vad har hon för nummer',
        expect: { kind: 'personLookup', person: 'susanna-althini', field: 'phone', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-16',
    class: 'plain',
    turns: [
      {
        text: 'mejladress till Jimmy Loord',
        expect: { kind: 'personLookup', person: 'notFound', field: 'email', lang: 'sv' },
      },
      {
        text: 'Karin Helmersson då?',
        expect: { kind: 'personLookup', person: 'notFound', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-17',
    class: 'details',
    turns: [
      {
        text: 'who were the contacts for the Karlshamn pilot in Blekinge?',
        expect: { kind: 'groupContacts', group: 'karlshamnspiloten', lang: 'en' },
      },
      {
        text: 'what were its target groups?',
        expect: {
          kind: 'groupDetails',
          group: 'karlshamnspiloten',
          aspect: 'targetGroups',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p44-18',
    class: 'spelling',
    turns: [
      {
        text: 'marie ragnarson telefonummer',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'phone', lang: 'sv' },
      },
      {
        text: 'och mejladressen',
        locale: 'en-US',
        expect: { kind: 'personLookup', person: 'marie-ragnarsson', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-19',
    class: 'language',
    turns: [
      {
        text: 'Hur når jag Gamleby hälsocentral?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-gamleby', lang: 'sv' },
      },
      {
        text: 'och Överum?',
        locale: 'en-US',
        expect: { kind: 'unitLookup', unit: 'hc-overum', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-20',
    class: 'wordFormation',
    turns: [
      {
        text: 'Jag är distriktssköterska på Högsby HC. Nummer till Högsbys kommunala hemsjukvård?',
        expect: { kind: 'unitLookup', unit: 'hogsby-kommun', lang: 'sv' },
      },
      {
        text: 'och Oskarshamns kommun?',
        expect: { kind: 'unitLookup', unit: 'oskarshamns-kommun', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-21',
    class: 'plain',
    turns: [
      {
        text: 'which units take part in the Hultsfred cluster?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'participants', lang: 'en' },
      },
      {
        text: 'and its target groups?',
        expect: { kind: 'groupDetails', group: 'hultsfred', aspect: 'targetGroups', lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-22',
    class: 'followUp',
    turns: [
      {
        text: 'vem kontaktar jag i samordningsgruppen för nära vård?',
        expect: { kind: 'groupContacts', group: 'samordnande-arbetsgrupp', lang: 'sv' },
      },
      {
        text: 'kommunikatören där, vem är det?',
        expect: { kind: 'peopleByRole', role: 'kommunikatör', lang: 'sv' },
      },
      {
        text: 'hennes mejl',
        expect: { kind: 'personLookup', person: 'emma-rydh', field: 'email', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-23',
    class: 'followUp',
    turns: [
      {
        text: 'min hälsocentral är Mönsterås',
        expect: { kind: 'setMyUnit', unit: 'hc-monsteras', lang: 'sv' },
      },
      {
        text: 'hur ser rub 5 ut hos oss?',
        expect: { kind: 'rubSummary', scope: 'mine', lang: 'sv' },
      },
      { text: 'och för Nybro?', expect: { kind: 'rubSummary', scope: 'hc-nybro', lang: 'sv' } },
    ],
  },
  {
    id: 'p44-24',
    class: 'spelling',
    turns: [
      {
        text: 'rub5 siffrorna för hultsfreds hc i januari',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', period: '2023-01', lang: 'sv' },
      },
      {
        text: 'och rub 4?',
        expect: {
          kind: 'rubSummary',
          scope: 'hc-hultsfred',
          level: 4,
          period: '2023-01',
          lang: 'sv',
        },
      },
      {
        text: 'hur mnga av rub5 har besökt akuten',
        expect: { kind: 'rubSummary', scope: 'hc-hultsfred', measure: 'akutbesok', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-25',
    class: 'details',
    turns: [
      {
        text: 'Inför kvartalsuppföljningen: jämför Blå Kusten, Gripen och Kristineberg på RUB 5',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          lang: 'sv',
        },
      },
      {
        text: 'bara andelen med SIP',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          measure: 'withSip',
          lang: 'sv',
        },
      },
      {
        text: 'och hur såg det ut i november?',
        expect: {
          kind: 'rubCompare',
          units: ['hc-bla-kusten', 'hc-gripen', 'hc-kristineberg'],
          measure: 'withSip',
          period: '2022-11',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p44-26',
    class: 'followUp',
    turns: [
      {
        text: 'compare Esplanaden and Stora Trädgårdsgatan on RUB 5 patients without a named GP',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-esplanaden', 'hc-stora-tradgardsgatan'],
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'and back in December?',
        locale: 'en-US',
        expect: {
          kind: 'rubCompare',
          units: ['hc-esplanaden', 'hc-stora-tradgardsgatan'],
          measure: 'withoutFastLakarkontakt',
          period: '2022-12',
          lang: 'en',
        },
      },
    ],
  },
  {
    id: 'p44-27',
    class: 'language',
    turns: [
      {
        text: 'set my health centre to Emmaboda',
        expect: { kind: 'setMyUnit', unit: 'hc-emmaboda', lang: 'en' },
      },
      {
        text: 'how many of our RUB 5 patients lack a named GP?',
        expect: {
          kind: 'rubSummary',
          scope: 'mine',
          measure: 'withoutFastLakarkontakt',
          lang: 'en',
        },
      },
      {
        text: 'compare us with Nybro and Berga',
        expect: { kind: 'rubCompare', units: ['mine', 'hc-nybro', 'hc-berga'], lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-28',
    class: 'language',
    turns: [
      {
        text: 'hur har andelen utan fast läkare förändrats hos oss sen augusti?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'mine',
          from: '2022-08',
          lang: 'sv',
        },
      },
      {
        text: 'och för Nybro?',
        locale: 'en-US',
        expect: {
          kind: 'rubTrend',
          measure: 'withoutFastLakarkontakt',
          scope: 'hc-nybro',
          from: '2022-08',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p44-29',
    class: 'details',
    turns: [
      {
        text: 'trend in ambulance rides for RUB5 across the whole region, September 2022 to February 2023',
        expect: {
          kind: 'rubTrend',
          measure: 'ambulans',
          scope: 'region',
          from: '2022-09',
          to: '2023-02',
          lang: 'en',
        },
      },
      {
        text: 'and how are the patients with ongoing home health care distributed across the health centres?',
        expect: { kind: 'rubDistribution', measure: 'hemsjukvard', lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-30',
    class: 'wordFormation',
    turns: [
      {
        text: 'hur många RUB5:or finns det i hela länet?',
        expect: { kind: 'rubSummary', scope: 'region', measure: 'patients', lang: 'sv' },
      },
      {
        text: 'vilka hälsocentraler har flest som saknar fast läkarkontakt?',
        expect: { kind: 'rubDistribution', measure: 'withoutFastLakarkontakt', lang: 'sv' },
      },
      {
        text: 'samma sak fast för återinläggningarna',
        expect: { kind: 'rubDistribution', measure: 'aterinlaggning', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-31',
    class: 'followUp',
    turns: [
      {
        text: 'visa listan på våra rub5-patienter som saknar fast läkare',
        expect: { kind: 'patientList', scope: 'mine', without: true, lang: 'sv' },
      },
      {
        text: 'nästa',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 1, lang: 'sv' },
      },
      {
        text: 'föregående',
        expect: { kind: 'patientList', scope: 'mine', without: true, page: 0, lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-32',
    class: 'ownWords',
    turns: [
      {
        text: 'How many of the RUB 5 patients at Gripen have been in touch with psychiatry?',
        expect: { kind: 'rubSummary', scope: 'hc-gripen', measure: 'psykiatri', lang: 'en' },
      },
      {
        text: 'what about Blå Kusten?',
        expect: { kind: 'rubSummary', scope: 'hc-bla-kusten', measure: 'psykiatri', lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-33',
    class: 'longMessage',
    turns: [
      {
        text: 'Hej! Jag heter Eva och är sedan januari ny basenhetschef på Stensö. Jag håller på att förbereda kvartalsuppföljningen med mina medarbetare och undrar hur stor andel av RUB 5-patienterna på Stensö som har en SIP?',
        expect: { kind: 'rubSummary', scope: 'hc-stenso', measure: 'withSip', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-34',
    class: 'plain',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka rub5-patienter på Gripen saknar fast läkare?',
        expect: { kind: 'patientList', scope: 'hc-gripen', without: true, lang: 'sv' },
      },
      {
        text: 'ok, jämför Gripen och Kristineberg då',
        expect: { kind: 'rubCompare', units: ['hc-gripen', 'hc-kristineberg'], lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-35',
    class: 'details',
    conversation: 'channel',
    turns: [
      {
        text: 'Hej Nära! Kan ni skicka veckobrevet till den här kanalen för hela Oskarshamn, måndagar kl 07.30?',
        expect: {
          kind: 'digestSubscribe',
          weekday: 1,
          time: '07:30',
          digestScope: 'area:Oskarshamn',
          lang: 'sv',
        },
      },
      { text: 'visa hur det kommer se ut', expect: { kind: 'digestPreview', lang: 'sv' } },
      { text: 'tack!', expect: { kind: 'thanks', lang: 'sv' } },
    ],
  },
  {
    id: 'p44-36',
    class: 'ownWords',
    conversation: 'channel',
    turns: [
      {
        text: 'which weekly digests does this channel get?',
        expect: { kind: 'digestList', lang: 'en' },
      },
      { text: 'pause ours over the summer please', expect: { kind: 'digestPause', lang: 'en' } },
      {
        text: 'actually, just unsubscribe us altogether',
        expect: { kind: 'digestUnsubscribe', lang: 'en' },
      },
    ],
  },
  {
    id: 'p44-37',
    class: 'followUp',
    conversation: 'channel',
    turns: [
      {
        text: 'vilka veckobrev är uppsatta i kanalen?',
        expect: { kind: 'digestList', lang: 'sv' },
      },
      {
        text: 'flytta det till torsdagar kl 9 istället',
        expect: { kind: 'digestSubscribe', weekday: 4, time: '09:00', lang: 'sv' },
      },
      {
        text: 'och gör det bara för Gripen och Kristineberg',
        expect: {
          kind: 'digestSubscribe',
          digestScope: 'units:hc-gripen,hc-kristineberg',
          lang: 'sv',
        },
      },
    ],
  },
  {
    id: 'p44-38',
    class: 'wordFormation',
    conversation: 'channel',
    turns: [
      {
        text: 'starta veckobrevsutskicket igen',
        locale: 'en-US',
        expect: { kind: 'digestPause', resume: true, lang: 'sv' },
      },
      {
        text: 'kan jag få en förhandsvisning?',
        locale: 'en-US',
        expect: { kind: 'digestPreview', lang: 'sv' },
      },
    ],
  },
  {
    id: 'p44-39',
    class: 'longMessage',
    conversation: 'channel',
    turns: [
      {
        text: "Hi, I coordinate the Nära vård channels for the southern part of the county and I'm tidying up our digests. Could you set up the weekly digest here covering the whole region, every Wednesday at 1 pm?",
        expect: {
          kind: 'digestSubscribe',
          weekday: 3,
          time: '13:00',
          digestScope: 'region',
          lang: 'en',
        },
      },
      { text: 'preview it please', expect: { kind: 'digestPreview', lang: 'en' } },
    ],
  },
  {
    id: 'p44-40',
    class: 'spelling',
    conversation: 'channel',
    turns: [
      {
        text: 'avsluta prenumerationn på veckobrevt här',
        expect: { kind: 'digestUnsubscribe', lang: 'sv' },
      },
    ],
  },
];

export const freshCases: readonly FreshCase[] = [...firstCases, ...laterCases];
