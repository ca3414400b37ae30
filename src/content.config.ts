import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { dataCollectionLoader } from './model/astro-loader';
import { dataLocations } from './model/locations';
import {
  ConfigurationSchema,
  DecisionTreeSchema,
  ErrorSchema,
  GlossaryTermSchema,
  GuidanceSchema,
  LimitSchema,
  PluginSchema,
  PolicyEngineSchema,
  PropertySchema,
  SettingSchema,
  SourceSchema,
} from './schemas';

const { glossaryDir } = dataLocations();

/**
 * Starlight's docs schema, built once per context kind. `docsSchema()` returns a function that builds
 * the whole zod schema, and <StarlightPage> calls it for every page it renders (with an equivalent
 * context each time): at tens of thousands of pair pages that was 3 s in 20 of page rendering.
 * The content layer's context (Astro's `image()` helper) and StarlightPage's each get their own
 * schema, told apart by the helper's source text.
 */
const docsSchemas = new Map<string, ReturnType<ReturnType<typeof docsSchema>>>();
const cachedDocsSchema: ReturnType<typeof docsSchema> = (context) => {
  const key = String(context.image);
  let schema = docsSchemas.get(key);
  if (!schema) docsSchemas.set(key, (schema = docsSchema()(context)));
  return schema;
};

export const collections = {
  // Hand-written prose (guides, home) rendered by Starlight; glossary terms have their own collection.
  docs: defineCollection({
    loader: glob({ base: './content', pattern: ['**/[^_]*.{md,mdx}', '!glossary/**'] }),
    schema: cachedDocsSchema,
  }),
  glossary: defineCollection({ loader: glob({ base: glossaryDir, pattern: '[^_]*.{md,mdx}' }), schema: GlossaryTermSchema }),
  plugins: defineCollection({ loader: dataCollectionLoader('plugins'), schema: PluginSchema }),
  configurations: defineCollection({ loader: dataCollectionLoader('configurations'), schema: ConfigurationSchema }),
  policyEngines: defineCollection({ loader: dataCollectionLoader('policyEngines'), schema: PolicyEngineSchema }),
  properties: defineCollection({ loader: dataCollectionLoader('properties'), schema: PropertySchema }),
  sources: defineCollection({ loader: dataCollectionLoader('sources'), schema: SourceSchema }),
  decisions: defineCollection({ loader: dataCollectionLoader('decisions'), schema: DecisionTreeSchema }),
  limits: defineCollection({ loader: dataCollectionLoader('limits'), schema: LimitSchema }),
  guidance: defineCollection({ loader: dataCollectionLoader('guidance'), schema: GuidanceSchema }),
  settings: defineCollection({ loader: dataCollectionLoader('settings'), schema: SettingSchema }),
  errors: defineCollection({ loader: dataCollectionLoader('errors'), schema: ErrorSchema }),
};
