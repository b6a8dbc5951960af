export type LanguageCode = 'nl' | 'en';
