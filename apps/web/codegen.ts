import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every graphql() call in src/, generated from the API's checked-in
// schema. SCHEMA_PATH lets codegen run against another schema file (e.g. a draft).
const config: CodegenConfig = {
  schema: process.env.SCHEMA_PATH ?? '../../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // A pure cast, not a hook: name it so nobody mistakes it for Apollo's useFragment.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
