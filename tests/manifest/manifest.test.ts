import { existsSync } from 'node:fs';
import {
  MANIFEST_VERSION,
  PLACEHOLDER_VARIABLES,
  listPlaceholders,
  localizableKeys,
  schemaPath,
  schemaUrl,
  validateLocalization,
  validateManifest,
  valueAtPath,
} from '../../dev/manifest/appPackage';
import { TEST_VARS, filledJson, readManifestText } from './helpers';

interface Command {
  title: string;
  description: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}

function commandLists(manifest: unknown): CommandList[] {
  const lists = valueAtPath(manifest, 'bots[0].commandLists');
  if (!Array.isArray(lists)) throw new Error('no commandLists');
  return lists as CommandList[];
}

/** A localization file's keys are flat ("bots[0].commandLists[0].commands[0].title"). */
function translation(loc: unknown, key: string): unknown {
  return typeof loc === 'object' && loc !== null
    ? (loc as Record<string, unknown>)[key]
    : undefined;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('the shipped manifest', () => {
  const manifest = filledJson('manifest.json');
  const english = filledJson('en-us.json');

  it('uses a schema version the validator ships, with the matching $schema URLs', () => {
    expect(existsSync(schemaPath('manifest'))).toBe(true);
    expect(existsSync(schemaPath('localization'))).toBe(true);
    expect(valueAtPath(manifest, 'manifestVersion')).toBe(MANIFEST_VERSION);
    expect(valueAtPath(manifest, '$schema')).toBe(schemaUrl('manifest'));
    expect(valueAtPath(english, '$schema')).toBe(schemaUrl('localization'));
  });

  it('validates against the official Teams schema of its version (offline)', () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('has an English localization that validates and points only at real strings', () => {
    expect(validateLocalization(english, manifest)).toEqual([]);
  });

  it('translates every user-visible string into English', () => {
    const untranslated = localizableKeys(manifest).filter(
      (key) => typeof translation(english, key) !== 'string',
    );
    expect(untranslated).toEqual([]);
  });

  it('uses only known placeholders, and every known one', () => {
    const used = [
      ...new Set([
        ...listPlaceholders(readManifestText('manifest.json')),
        ...listPlaceholders(readManifestText('en-us.json')),
      ]),
    ].sort();
    expect(used).toEqual([...PLACEHOLDER_VARIABLES].sort());
    expect(Object.keys(TEST_VARS).sort()).toEqual([...PLACEHOLDER_VARIABLES].sort());
  });

  it('is Swedish first, with English as an additional language', () => {
    expect(valueAtPath(manifest, 'localizationInfo')).toEqual({
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
    expect(valueAtPath(manifest, 'name.short')).toBe('Nära');
    expect(valueAtPath(manifest, 'name.full')).toBe('Nära – kontakter och nyckeltal för nära vård');
    expect(valueAtPath(manifest, 'developer.name')).toBe('Region Kalmar län');
  });

  it('offers the bot in personal, team and group chat, one command list per scope', () => {
    expect(valueAtPath(manifest, 'bots[0].botId')).toBe(TEST_VARS.BOT_ID);
    expect(valueAtPath(manifest, 'bots[0].scopes')).toEqual(['personal', 'team', 'groupChat']);
    expect(commandLists(manifest).map((l) => l.scopes)).toEqual([
      ['personal'],
      ['team'],
      ['groupChat'],
    ]);
  });

  it('lists the most useful questions in 1:1 chat', () => {
    const titles = commandLists(manifest)[0].commands.map((c) => c.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Vem kontaktar jag för Oskarsgruppen?',
        'Telefon till Åke Åkesson',
        'Basenhetschef på Kristineberg',
        'RUB5 på min HC',
        'Vilka RUB5-patienter saknar fast läkare på min HC?',
        'hjälp',
      ]),
    );
  });

  it('never suggests patient lists in a team or group chat', () => {
    for (const list of commandLists(manifest).slice(1)) {
      const titles = list.commands.map((c) => c.title);
      expect(titles).toEqual(
        expect.arrayContaining(['Prenumerera på veckobrev', 'Visa veckobrev', 'hjälp']),
      );
      for (const title of titles) expect(title).not.toMatch(/patient/i);
    }
  });

  it('has the contact search message extension on the same bot', () => {
    expect(valueAtPath(manifest, 'composeExtensions[0].botId')).toBe(TEST_VARS.BOT_ID);
    expect(valueAtPath(manifest, 'composeExtensions[0].commands[0]')).toMatchObject({
      id: 'searchContacts',
      type: 'query',
      title: 'Sök kontakt',
      initialRun: true,
      parameters: [{ name: 'query' }],
    });
  });

  it('has the personal overview tab and a configurable tab for teams and group chats', () => {
    const overview = valueAtPath(manifest, 'staticTabs[1]');
    expect(overview).toMatchObject({
      entityId: 'overview',
      name: 'Översikt',
      contentUrl: 'https://nara.example.test/tab/index.html?view=personal',
      scopes: ['personal'],
    });
    expect(valueAtPath(manifest, 'configurableTabs[0]')).toEqual({
      configurationUrl: 'https://nara.example.test/tab/config.html',
      canUpdateConfiguration: true,
      scopes: ['team', 'groupChat'],
    });
  });

  it('declares SSO and the bot domain', () => {
    expect(valueAtPath(manifest, 'webApplicationInfo')).toEqual({
      id: TEST_VARS.AAD_APP_CLIENT_ID,
      resource: `api://nara.example.test/${TEST_VARS.AAD_APP_CLIENT_ID}`,
    });
    expect(valueAtPath(manifest, 'validDomains')).toEqual(['nara.example.test']);
  });
});

/** Commands in the English file, grouped like the manifest's lists (for the checks above). */
function commandListsFromLocalization(loc: unknown): CommandList[] {
  const lists: CommandList[] = [];
  for (let l = 0; l < 3; l += 1) {
    const commands: Command[] = [];
    for (let c = 0; c < 12; c += 1) {
      const title = translation(loc, `bots[0].commandLists[${l}].commands[${c}].title`);
      if (typeof title !== 'string') continue;
      commands.push({ title, description: '' });
    }
    lists.push({ scopes: [], commands });
  }
  return lists;
}

describe('validation catches broken manifests with readable errors', () => {
  const good = filledJson('manifest.json') as Record<string, unknown>;

  it('a missing bot id', () => {
    const broken = clone(good);
    const bots = broken.bots as Array<Record<string, unknown>>;
    delete bots[0].botId;
    expect(validateManifest(broken)).toContain("/bots/0 must have required property 'botId'");
  });

  it('a garbage manifestVersion', () => {
    const broken = { ...clone(good), manifestVersion: 'garbage' };
    const errors = validateManifest(broken);
    expect(errors.join('\n')).toMatch(
      /\/manifestVersion must be equal to constant.*1\.25.*garbage/,
    );
  });

  it('an id that is not a GUID', () => {
    const errors = validateManifest({ ...clone(good), id: 'not-a-guid' });
    expect(errors.join('\n')).toMatch(/\/id must match pattern.*"not-a-guid"/);
  });

  it('an unknown property', () => {
    const errors = validateManifest({ ...clone(good), colour: 'teal' });
    expect(errors).toContain(
      '(root) must NOT have additional properties (unexpected property "colour")',
    );
  });

  it('a domain with a port or scheme, and tabs outside the valid domains', () => {
    const withPort = validateManifest({ ...clone(good), validDomains: ['localhost:3978'] });
    expect(withPort.join('\n')).toMatch(/validDomains\/0 must be a bare host name/);
    expect(withPort.join('\n')).toMatch(
      /staticTabs\/1\/contentUrl host nara\.example\.test is not in validDomains/,
    );
    const withScheme = validateManifest({ ...clone(good), validDomains: ['https://x.test'] });
    expect(withScheme.join('\n')).toMatch(/bare host name/);
  });

  it('a $schema URL of another version', () => {
    const other = schemaUrl('manifest').replace(`v${MANIFEST_VERSION}`, 'v1.17');
    expect(validateManifest({ ...clone(good), $schema: other }).join('\n')).toMatch(/\$schema/);
  });

  it('a localization file with an unknown or dangling key', () => {
    const english = clone(filledJson('en-us.json')) as Record<string, unknown>;
    expect(validateLocalization({ ...english, 'bots[0].colour': 'x' })).not.toEqual([]);
    const dangling = { ...english, 'bots[0].commandLists[0].commands[11].title': 'x' };
    expect(validateLocalization(dangling, good).join('\n')).toMatch(
      /commands\[11\]\.title.*does not name a string/,
    );
    const withoutName = { ...english };
    delete withoutName['name.short'];
    expect(validateLocalization(withoutName).join('\n')).toMatch(/name\.short/);
  });

  it('the English command lists stay free of patient lists in shared scopes', () => {
    const lists = commandListsFromLocalization(filledJson('en-us.json'));
    expect(lists[0].commands.length).toBeGreaterThan(0);
    for (const list of lists.slice(1)) {
      expect(list.commands.length).toBeGreaterThan(0);
      for (const c of list.commands) expect(c.title).not.toMatch(/patient/i);
    }
  });
});
