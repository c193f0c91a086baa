import { transformAsync, type PluginObj, type types as t } from '@babel/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * In the production build, replaces every `graphql(`…`)` call with that document's parsed form
 * from the generated `graphql.ts`, inlined where it is used. The codegen client preset's Babel
 * optimizer imports it from `graphql.ts` instead, which puts every document of the portal into
 * whichever chunk holds that one module — the first download.
 */
export function graphqlDocuments(artifactDirectory: string): Plugin {
  const generatedFile = join(artifactDirectory, 'graphql.ts');
  /** Export name → the document's JSON, read from the generated file. */
  let documents = new Map<string, string>();
  return {
    name: 'tandem-graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      documents = new Map(
        [
          ...readFileSync(generatedFile, 'utf8').matchAll(
            /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm,
          ),
        ].map((m) => [m[1], m[2]]),
      );
    },
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/node_modules/') || !code.includes('graphql(`'))
        return null;
      if (id.startsWith(artifactDirectory)) return null;
      const replaceCalls = ({ types }: { types: typeof t }): PluginObj => ({
        visitor: {
          CallExpression(path) {
            const { callee, arguments: args } = path.node;
            if (callee.type !== 'Identifier' || callee.name !== 'graphql') return;
            const [arg] = args;
            if (arg?.type !== 'TemplateLiteral' || arg.expressions.length) return;
            const [definition] = parse(arg.quasis[0].value.raw).definitions;
            if (
              (definition.kind !== 'OperationDefinition' &&
                definition.kind !== 'FragmentDefinition') ||
              !definition.name
            )
              return;
            const exported =
              definition.kind === 'FragmentDefinition'
                ? `${pascal(definition.name.value)}FragmentDoc`
                : `${pascal(definition.name.value)}Document`;
            const json = documents.get(exported);
            if (!json)
              throw new Error(
                `${id}: no ${exported} in ${generatedFile}; run \`npx nx run portal:codegen\`.`,
              );
            path.replaceWith(types.valueToNode(JSON.parse(json)));
          },
        },
      });
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: id.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'] },
        plugins: [replaceCalls],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
