import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Every prose page of the site is an MDX file under content/pages/<locale>/.
 * The pair of pages that say the same thing in Dutch and English share a translationKey:
 * the language switch uses it to land on the equivalent page.
 */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    translationKey: z.string().min(1),
    audience: z.array(z.enum(['kiezer', 'waarnemer', 'gemeente', 'iedereen'])).default(['iedereen']),
    /** translationKey of the section page this page belongs under (breadcrumb, prev/next). */
    section: z.string().optional(),
    /** Position within its section, for previous/next navigation. */
    order: z.number().int().default(0),
    lastChecked: z.coerce.date(),
    /** The page type for the quality gates; the Uitslag page also lists the elections with results. */
    pageType: z.enum(['content', 'results-index']).default('content'),
    sources: z
      .array(z.object({ title: z.string().min(1), url: z.url().optional(), note: z.string().optional() }))
      .default([]),
  }),
});

export const collections = { pages };
