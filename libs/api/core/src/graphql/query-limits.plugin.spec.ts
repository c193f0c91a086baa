import { describe, expect, it } from '@jest/globals';
import { OperationDefinitionNode, parse } from 'graphql';
import { operationDepth } from './query-limits.plugin';

const depthOf = (query: string) => {
  const doc = parse(query);
  return operationDepth(
    doc,
    doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
  );
};

describe('operation depth', () => {
  it('counts nested fields through fragments and ignores introspection', () => {
    expect(depthOf('{ me { id } }')).toBe(2);
    expect(depthOf('{ me { partner { tier { name } } } }')).toBe(4);
    expect(depthOf('query { me { ...F } } fragment F on User { partner { id } }')).toBe(3);
    expect(depthOf('{ __schema { types { name } } }')).toBe(0);
  });

  it('survives fragment cycles', () => {
    expect(
      depthOf(
        'query { me { ...A } } fragment A on User { partner { ...B } } fragment B on Partner { id }',
      ),
    ).toBe(3);
  });
});
