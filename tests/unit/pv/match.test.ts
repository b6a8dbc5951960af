/**
 * The processen-verbaal file-name rules on real names from ../shared/data/processen-verbaal-urls
 * (each expectation read by eye from the file name, not from the code), plus names that must stay
 * unmatched because no rule can tell them apart.
 */
import { describe, expect, it } from 'vitest';
import { applyLeadingNumberRule, fileNameOf, matchPvFile } from '../../../src/lib/pv/match.ts';

const station = (url: string, code: string, name: string) => {
  const m = matchPvFile(url, code, name);
  return m.kind === 'station' ? m.station : m.kind;
};

describe('station numbers from real file names', () => {
  it('Groningen TK2023: "stembureau_100"', () => {
    expect(
      station(
        'https://documenten.groningen.nl/TK2023/1%20-%20Processen-verbaal%20van%20de%20stembureaus/0014_PV_stembureau_100_Stadhuis_TK23_ZH.pdf',
        '0014',
        'Groningen',
      ),
    ).toBe('100');
  });
  it('Groningen TK2025: municipality name then number', () => {
    expect(
      station(
        'https://documenten.groningen.nl/TK25/1-%20Processen-verbaal%20van%20de%20stembureaus/Groningen_101_Stadhuis%20II_TK25_eerste_telling.pdf',
        '0014',
        'Groningen',
      ),
    ).toBe('101');
  });
  it('Almere: the code 034 in front is not a station, "Stembureau_034" is station 34', () => {
    const base = 'https://www.almere.nl/fileadmin/files/almere/bestuur/verkiezingen/';
    expect(
      station(
        `${base}Processen-verbaal_TK_2023_woensdag/034_PVN1O__Stembureau_034_Buurtcentrum_de_Wieken_TK23.pdf`,
        '0034',
        'Almere',
      ),
    ).toBe('34');
    expect(
      station(
        `${base}Processen-verbaal_TK_2023_donderdag/0034_PVNA31_Stembureau24_School_de_Kameleon_TK23.pdf`,
        '0034',
        'Almere',
      ),
    ).toBe('24');
    expect(
      matchPvFile(
        `${base}Processen-verbaal_TK_2023_donderdag/Proces-Verbaal_0034_PV_NA31-2_Gemeente_Almere.pdf`,
        '0034',
        'Almere',
      ),
    ).toEqual({ kind: 'municipal', rule: 'model Na', form: 'Na 31-2' });
    expect(
      matchPvFile(
        `${base}Processen-verbaal_TK_2023_donderdag/Verslag_controleprotocol_0034_Gemeente_Almere.pdf`,
        '0034',
        'Almere',
      ).kind,
    ).toBe('control');
  });
  it('Sliedrecht: model N 10 number "SLI_N10_004"', () => {
    expect(
      station('https://example.nl/SLI_N10_004_Sportzaal_De_Sprong_TK_2023_2211_Z.org', '0610', 'Sliedrecht'),
    ).toBe('4');
  });
  it('Amersfoort: "TK23-sb-016"', () => {
    expect(station('https://example.nl/TK23-sb-016-ver-juliana-bernhard.pdf', '0307', 'Amersfoort')).toBe(
      '16',
    );
  });
  it('Hoogeveen TK2025: name, code, then number', () => {
    expect(
      station('https://example.nl/Hoogeveen_0118_35_De_Goede_Herderkerk_TK25.pdf', '0118', 'Hoogeveen'),
    ).toBe('35');
  });
  it('glued names: "0109pvstembureau23hetwapen…"', () => {
    expect(
      station('https://example.nl/0109pvstembureau23hetwapenvanaeldentk23pdf', '0109', 'Coevorden'),
    ).toBe('23');
  });
  it('Stadskanaal: the municipal session report and a station', () => {
    const base =
      'https://www.stadskanaal.nl/fileadmin/Stadskanaal_bestanden/1._Inwoner/Verkiezingen/Tweede_kamerverkiezing_2023/Procesverbalen/';
    expect(matchPvFile(`${base}0037_PV_zittingGSB_TK23_ZH.pdf`, '0037', 'Stadskanaal').kind).toBe(
      'municipal',
    );
    expect(station(`${base}0037_Stembureau_2_Drouwenerhof_TK23_ZH.pdf`, '0037', 'Stadskanaal')).toBe('2');
  });
  it('Heusden TK2023: the municipal PV (not station 2023) and the misspelt control protocol', () => {
    const base = 'https://www.heusden.nl/fileadmin/introduction/downloads/Verkiezingen/TweedeKamer_2023/';
    expect(
      matchPvFile(`${base}PV_van_een_gemeentelijk_stembureau_2023_23-11-2023_160517_0.pdf`, '0797', 'Heusden')
        .kind,
    ).toBe('municipal');
    expect(
      matchPvFile(`${base}Kiesraad_Verslag_controleprotecol_GSB_23-11-2023_160647_0.pdf`, '0797', 'Heusden')
        .kind,
    ).toBe('control');
  });
  it('the N 10 form is recorded', () => {
    const m = matchPvFile('https://example.nl/0935_ModelN10-2_Stembureau_52_TK23.pdf', '0935', 'Maastricht');
    expect(m).toMatchObject({ kind: 'station', station: '52', form: 'N 10-2' });
  });
});

describe('never guessed', () => {
  it('opaque addresses have no file name', () => {
    expect(
      matchPvFile('https://www.veendam.nl/dsresource?objectid=2adc61c0-56d2&type=pdf&&', '0047', 'Veendam')
        .kind,
    ).toBe('unmatched');
    expect(fileNameOf('not a url')).toBeNull();
  });
  it('two different station numbers in one name', () => {
    expect(matchPvFile('https://example.nl/stembureau_12_en_stembureau_13.pdf', '0014', 'Groningen')).toEqual(
      {
        kind: 'unmatched',
        reason: 'two different station numbers in the name',
      },
    );
  });
  it('a place name without a number', () => {
    expect(matchPvFile('https://example.nl/AMS%20KBS%20De%20Triangel.pdf', '0362', 'Amstelveen').kind).toBe(
      'unmatched',
    );
  });
  it('Amstelveen TK2025: "2-ams-de-nesse" and "2-ams-ons-tweede-thuis" share the 2, so no leading number counts', () => {
    const urls = [
      'https://www.amstelveen.nl/sites/default/files/2025-10/2-ams-de-nesse.pdf',
      'https://www.amstelveen.nl/sites/default/files/2025-10/2-ams-ons-tweede-thuis-westwijk.pdf',
      'https://www.amstelveen.nl/sites/default/files/2025-10/5-ams-de-kiekendief.pdf',
    ];
    const out = applyLeadingNumberRule(urls.map((u) => matchPvFile(u, '0362', 'Amstelveen')));
    expect(out.map((m) => m.kind)).toEqual(['unmatched', 'unmatched', 'unmatched']);
  });
  it('leading numbers that each name one place are stations ("27-Dorpshuis-t-Haarhoes")', () => {
    const urls = [
      'https://example.nl/27-Dorpshuis-t-Haarhoes.pdf',
      'https://example.nl/12-De-Tapperij.pdf',
      'https://example.nl/12-De-Tapperij-corrigendum.pdf',
    ];
    const out = applyLeadingNumberRule(urls.map((u) => matchPvFile(u, '1859', 'Berkelland')));
    expect(out.map((m) => (m.kind === 'station' ? m.station : m.kind))).toEqual(['27', '12', '12']);
  });
  it('a year after the keyword is not a station number', () => {
    expect(
      matchPvFile('https://example.nl/uitslagen-stembureaus-2023-woensdag.pdf', '0014', 'Groningen').kind,
    ).toBe('unmatched');
  });
  it('a year is not a station number', () => {
    expect(
      matchPvFile('https://example.nl/2023-proces-verbaal-gemeentehuis.pdf', '0014', 'Groningen').kind,
    ).toBe('unmatched');
  });
});
