import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { dataCollectionLoader } from './model/astro-loader';
import { dataLocations } from './model/locations';
import {
  DecisionTreeSchema,
  GlossaryTermSchema,
  LimitSchema,
  PluginSchema,
  PolicyEngineSchema,
  PropertySchema,
  SourceSchema,
} from './schemas';

const { glossaryDir } = dataLocations();

export const collections = {
  // Hand-written prose (guides, home) rendered by Starlight; glossary terms have their own collection.
  docs: defineCollection({
    loader: glob({ base: './content', pattern: ['**/[^_]*.{md,mdx}', '!glossary/**'] }),
    schema: docsSchema(),
  }),
  glossary: defineCollection({ loader: glob({ base: glossaryDir, pattern: '[^_]*.{md,mdx}' }), schema: GlossaryTermSchema }),
  plugins: defineCollection({ loader: dataCollectionLoader('plugins'), schema: PluginSchema }),
  policyEngines: defineCollection({ loader: dataCollectionLoader('policyEngines'), schema: PolicyEngineSchema }),
  properties: defineCollection({ loader: dataCollectionLoader('properties'), schema: PropertySchema }),
  sources: defineCollection({ loader: dataCollectionLoader('sources'), schema: SourceSchema }),
  decisions: defineCollection({ loader: dataCollectionLoader('decisions'), schema: DecisionTreeSchema }),
  limits: defineCollection({ loader: dataCollectionLoader('limits'), schema: LimitSchema }),
};
