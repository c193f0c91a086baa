import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppConfig } from '../config/app-config';
import { GqlContext } from '../context/request-context';

function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + selectionDepth(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, selectionDepth(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      max = Math.max(
        max,
        selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name])),
      );
    }
  }
  return max;
}

export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return selectionDepth(operation.selectionSet, fragments, new Set());
}

export interface QueryLimitsInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  maxDepth: number;
  maxComplexity: number;
}

/** Throws BAD_USER_INPUT when an operation is too deep or too expensive (HTTP and WebSocket). */
export function assertQueryLimits(input: QueryLimitsInput): void {
  const { maxDepth, maxComplexity } = input;
  const depth = operationDepth(input.document, input.operation);
  if (depth > maxDepth) {
    throw new GraphQLError(`Query is too deep (${depth} levels; at most ${maxDepth}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const complexity = getComplexity({
    schema: input.schema,
    query: input.document,
    operationName: input.operationName ?? undefined,
    variables: input.variables ?? {},
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (complexity > maxComplexity) {
    throw new GraphQLError(`Query is too complex (${complexity}; at most ${maxComplexity}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

/** Refuses operations that are too deep or too expensive before they execute. */
@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin<GqlContext> {
  constructor(private readonly config: AppConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const { maxDepth, maxComplexity } = this.config.graphql;
    return {
      async didResolveOperation({ request, document, schema, operation }) {
        if (!operation) return;
        assertQueryLimits({
          schema,
          document,
          operation,
          operationName: request.operationName,
          variables: request.variables,
          maxDepth,
          maxComplexity,
        });
      },
    };
  }
}
