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

  it('names the three health centres whose share moved most, and plots those changes', () => {
    const card = composeDigest({ data, scope: { kind: 'region' }, language: 'sv', rule });
    const rows = (card.chart?.rows ?? []).flatMap((r) => (r.kind === 'bar' ? [r] : []));
    // Löttorp moved most (19/94 → 12/95) but is withheld: its count protects Lilla
    // hälsocentralen's "<5" in the region's total, so it is not named either.
    expect(rows.map((m) => m.label)).toEqual([
      'Kristinebergs hälsocentral',
      'Gripens hälsocentral',
      'Blå Kustens hälsocentral',
    ]);
    // 98/280 = 35,0 % now, 85/276 = 30,8 % before: +4,2 as printed.
    expect(rows.map((m) => m.value)).toEqual(['+4,2', '−2,3', '−1,3']);
    expect(plain(rows[0].extra ?? '')).toBe('35,0 %');
    // The bars are the changes, on one scale (0–5): 4,2 → 840 of 1 000.
    expect(rows.map((m) => m.bar)).toEqual([840, 460, 260]);
    expect(rows.map((m) => m.style)).toEqual(['attention', 'good', 'good']);
    expect(card.chart?.title).toContain('sedan februari 2023');
    expect(card.questions.map((q) => q.text)).toContain('RUB5 på Kristinebergs hälsocentral');
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
    expect(card.chart).toBeUndefined();
    expect(card.moversEmpty).toBeDefined();
    // The small unit is never a "mover" in a larger scope either.
    const region = composeDigest({ data, scope: { kind: 'region' }, language: 'en', rule });
    expect(JSON.stringify(region.chart)).not.toContain('Lilla hälsocentralen');
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
