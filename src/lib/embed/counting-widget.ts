/** The "how counting works" card: five steps and a link to the explainer, ready to render or serialize. */
import type { Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import { t } from '../i18n/t.ts';

export interface CountingWidgetView {
  type: 'uitleg';
  lang: Locale;
  title: string;
  steps: { title: string; text: string }[];
  link: { label: string; href: string };
  source: string;
}

export function countingWidgetView(locale: Locale): CountingWidgetView {
  const steps = ([1, 2, 3, 4, 5] as const).map((n) => ({
    title: t(locale, `embed.counting.step${n}.title`),
    text: t(locale, `embed.counting.step${n}.text`),
  }));
  return {
    type: 'uitleg',
    lang: locale,
    title: t(locale, 'embed.counting.title'),
    steps,
    link: { label: t(locale, 'embed.counting.link'), href: pathFor('counting', locale) },
    source: t(locale, 'embed.source'),
  };
}
