/**
 * Other names people search for, per official municipality name (as in the polling-place lists).
 * Sources: CBS "Gemeentelijke indeling op 1 januari 2023" (official names); the Frisian official or
 * customary names as the Frisian municipalities and the Provinsje Fryslân use them
 * (e.g. Ljouwert, Skylge, Flylân); the everyday names Den Haag and Den Bosch (both official
 * municipality web addresses: denhaag.nl, s-hertogenbosch.nl "Den Bosch").
 * Names with a province suffix ("Middelburg (Z.)") need no alias: the search ignores the suffix.
 */
export const municipalityAliases: Readonly<Record<string, readonly string[]>> = {
  "'s-Gravenhage": ['Den Haag', 'The Hague', 'Haag'],
  "'s-Hertogenbosch": ['Den Bosch', 'Bosch'],
  Leeuwarden: ['Ljouwert'],
  'Súdwest-Fryslân': ['Zuidwest-Friesland', 'Sneek', 'Snits'],
  'Noardeast-Fryslân': ['Noordoost-Friesland'],
  'De Fryske Marren': ['De Friese Meren'],
  Tytsjerksteradiel: ['Tietjerksteradeel'],
  Dantumadiel: ['Dantumadeel'],
  Opsterland: ['Opsterlân'],
  Smallingerland: ['Smellingerlân'],
  Ooststellingwerf: ['Eaststellingwerf'],
  Weststellingwerf: ['Weststellingwerf'],
  Heerenveen: ['It Hearrenfean'],
  Harlingen: ['Harns'],
  Terschelling: ['Skylge'],
  Vlieland: ['Flylân'],
  Ameland: ['It Amelân'],
  Schiermonnikoog: ['Skiermûntseach'],
  Groningen: ['Grins', 'Stad'],
  'Nuenen, Gerwen en Nederwetten': ['Nuenen'],
  'Sint Eustatius': ['Statia'],
  Bonaire: ['Kralendijk'],
};
