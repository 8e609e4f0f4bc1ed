import { composeDigest, scopeName, scopeUnitIds } from '../../src/digest/digestComposer';
import { loadDigestData } from '../../src/digest/digestData';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import { digestData, healthCentres } from './digestTestData';

const rule = { threshold: 5 };
/** Intl puts a no-break space before "%" and inside numbers. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('composeDigest', () => {
  const data = digestData();

  it("sums the scope's health centres and shows shares and changes in percentage points", () => {
    const card = composeDigest({
      data,
      scope: { kind: 'area', area: 'Oskarshamn' },
      language: 'sv',
      rule,
    });
    expect(card.title).toBe('Veckobrev – Området Oskarshamn');
    // 310 + 280 + 190 = 780 patients; 74 + 98 + 31 = 203 without (26,0 %).
    expect(card.facts[0]).toEqual({ label: 'Patienter med RUB 5', value: '780' });
    expect(plain(card.facts[1].value)).toBe('26,0 % (203)');
    // Previous 769 / 198 = 25,75 % → +0,3; baseline 730 / 205 = 28,08 % → −2,1.
    expect(card.facts[2]).toEqual({
      label: 'Förändring sedan februari 2023',
      value: '+0,3 procentenheter',
    });
    expect(card.facts[3]).toEqual({
      label: 'Förändring sedan augusti 2022',
      value: '−2,1 procentenheter',
    });
    expect(plain(card.facts[4].value)).toBe('11,9 % (93)');
  });

  it('names the three health centres whose share moved most, with a chart of their shares', () => {
    const card = composeDigest({ data, scope: { kind: 'region' }, language: 'sv', rule });
    expect(card.movers.map((m) => m.label)).toEqual([
      'Löttorps hälsocentral',
      'Kristinebergs hälsocentral',
      'Gripens hälsocentral',
    ]);
    expect(plain(card.movers[0].value)).toBe('12,6 % (−7,6 procentenheter)');
    expect(card.chart?.data).toEqual([
      { x: 'Löttorps hälsocentral', y: 12.6 },
      { x: 'Kristinebergs hälsocentral', y: 35 },
      { x: 'Gripens hälsocentral', y: 23.9 },
    ]);
    expect(card.questions.map((q) => q.text)).toContain('RUB5 på Löttorps hälsocentral');
  });

  it('shows small counts as "<5" and withholds shares and changes built on them', () => {
    const card = composeDigest({
      data,
      scope: { kind: 'units', unitIds: ['hc-tiny'] },
      language: 'en',
      rule,
    });
    expect(card.facts[0].value).toBe('12');
    expect(card.facts[1].value).toBe('<5 (share not shown)');
    expect(card.facts[2].value).toBe('not shown (small numbers)');
    expect(card.movers).toEqual([]);
    expect(card.moversEmpty).toBeDefined();
    expect(card.chart).toBeUndefined();
    // The small unit is never a "mover" in a larger scope either.
    const region = composeDigest({ data, scope: { kind: 'region' }, language: 'en', rule });
    expect(region.movers.map((m) => m.label)).not.toContain('Lilla hälsocentralen');
  });

  it('mentions an earlier digest that could not be delivered', () => {
    const card = composeDigest({
      data,
      scope: { kind: 'region' },
      language: 'sv',
      rule,
      failedSlots: ['2024-04-29T06:00:00.000Z'],
      formatSlot: () => 'måndag 29 april kl. 08:00',
    });
    expect(card.notice).toBe('Veckobrevet måndag 29 april kl. 08:00 kunde inte postas.');
  });

  it('resolves scopes and names them', () => {
    expect(scopeUnitIds({ kind: 'area', area: 'Borgholm' }, data)).toEqual([
      'hc-borgholm',
      'hc-lottorp',
    ]);
    expect(scopeUnitIds({ kind: 'units', unitIds: ['hc-gripen', 'hc-unknown'] }, data)).toEqual([
      'hc-gripen',
    ]);
    expect(scopeUnitIds({ kind: 'region' }, data)).toHaveLength(healthCentres.length);
    expect(scopeName({ kind: 'units', unitIds: healthCentres.map((u) => u.id) }, data, 'sv')).toBe(
      'Gripens hälsocentral, Kristinebergs hälsocentral och 4 till',
    );
  });

  it('contains nothing patient-level', () => {
    const json = JSON.stringify(
      composeDigest({ data, scope: { kind: 'region' }, language: 'sv', rule }),
    );
    expect(json).not.toMatch(/P-[0-9A-Z]{5,}/);
    expect(json).not.toMatch(/birthYear|"ref"/);
  });
});

describe('loadDigestData', () => {
  it('reads the latest, the previous and the 2022-08 period once each, by health centre', async () => {
    const calls: string[] = [];
    const byUnit = async (q: { level: number; period: string }): Promise<RubSummary[]> => {
      calls.push(`${q.level}/${q.period}`);
      return digestData().current.map((r) => ({ ...r, period: q.period }));
    };
    const data = await loadDigestData(
      {
        periods: async () => ({
          items: ['2022-08', '2022-09', '2023-02', '2023-03'].map((id) => ({ id, label: id })),
          current: '2023-03',
        }),
        byUnit,
      },
      {
        units: async () =>
          healthCentres.map((u) => ({
            ...u,
            kind: 'halsocentral' as const,
            organisation: 'Region Kalmar län',
            aliases: [],
          })),
      },
    );
    expect(calls.sort()).toEqual(['5/2022-08', '5/2023-02', '5/2023-03']);
    expect(data).toMatchObject({
      period: '2023-03',
      previousPeriod: '2023-02',
      baselinePeriod: '2022-08',
    });
  });
});
