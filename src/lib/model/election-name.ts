/**
 * A name for an election event that spans several domains (e.g. GR2022: 330 municipal elections held on
 * one day). Each file names only its own domain ("Gemeenteraad Groningen 2022"), so the event gets a
 * generic name from its ElectionCategory (EML_NL kr:ElectionCategoryType) and year.
 */
const EVENT_NAMES: Record<string, string> = {
  TK: 'Tweede Kamerverkiezing',
  EK: 'Eerste Kamerverkiezing',
  EP: 'Europees Parlementsverkiezing',
  PS: 'Provinciale Statenverkiezingen',
  AB: 'Waterschapsverkiezingen',
  GR: 'Gemeenteraadsverkiezingen',
  ER: 'Eilandsraadsverkiezingen',
  IR: 'Eilandsraadsverkiezingen',
  BC: 'Bestuurscommissieverkiezingen',
  GC: 'Gebiedscommissieverkiezingen',
  NR: 'Nationaal referendum',
  PR: 'Provinciaal referendum',
  LR: 'Lokaal referendum',
};

export function eventName(category: string, date: string): string {
  const year = /^\d{4}/.exec(date)?.[0] ?? '';
  return [EVENT_NAMES[category] ?? category, year].filter(Boolean).join(' ');
}
