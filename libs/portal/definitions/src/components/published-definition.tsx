import { useQuery } from '@apollo/client/react';
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PublishedDefinitionQuery } from '@tandem/portal-data-access';
import { formatDate } from '@tandem/portal-ui';
import { LEAD_STAGE_LABELS } from '@tandem/shared-domain';
import { useMemo } from 'react';
import { DefinitionPersonasDocument } from '../graphql/definitions.graphql';
import { explainMql, sortStages } from '../lib/mql-explain';

export type PublishedDefinition = NonNullable<PublishedDefinitionQuery['funnelDefinition']>;

/** id → name of the personas the user may see, for PERSONA fit rules. */
export function usePersonaNames() {
  const { data } = useQuery(DefinitionPersonasDocument, {
    variables: { page: { offset: 0, limit: 100 } },
  });
  return useMemo(
    () => Object.fromEntries((data?.personas.items ?? []).map((p) => [p.id, p.name])),
    [data],
  );
}

export function DefinitionVersionLine({ definition }: { definition: PublishedDefinition }) {
  return (
    <Stack gap={4}>
      <Text fw={600} data-testid="definition-version">
        Version {definition.number} · published {formatDate(definition.publishedAt)}
        {definition.publishedByLabel ? ` by ${definition.publishedByLabel}` : ''}
      </Text>
      {definition.changeNote && (
        <Text size="sm" c="dimmed" data-testid="definition-change-note">
          {definition.changeNote}
        </Text>
      )}
    </Stack>
  );
}

export function MqlCriteriaView({ mql }: { mql: PublishedDefinition['mql'] }) {
  const personaNames = usePersonaNames();
  const text = explainMql(mql, personaNames);
  return (
    <Paper withBorder p="md" radius="md" data-testid="mql-criteria">
      <Stack gap="sm">
        <Title order={4}>When is a lead an MQL?</Title>
        <Text size="sm">{text.requiredFields}</Text>
        <Text size="sm" fw={600}>
          {text.threshold}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Fit
            </Text>
            {text.fitRules.length ? (
              <List size="sm" spacing={2}>
                {text.fitRules.map((line, i) => (
                  <List.Item key={i}>{line}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                No fit rules.
              </Text>
            )}
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Engagement
            </Text>
            {text.engagementRules.length ? (
              <List size="sm" spacing={2}>
                {text.engagementRules.map((line, i) => (
                  <List.Item key={i}>{line}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                No engagement rules.
              </Text>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

export function StagesView({ stages }: { stages: PublishedDefinition['stages'] }) {
  return (
    <Stack gap="sm" data-testid="stage-list">
      <Title order={4}>Funnel stages</Title>
      {sortStages(stages).map((s, i) => (
        <Paper key={s.stage} withBorder p="md" radius="md" data-testid={`stage-${s.stage}`}>
          <Group gap="xs" mb={4}>
            <Badge variant="light" circle>
              {i + 1}
            </Badge>
            <Text fw={600}>{LEAD_STAGE_LABELS[s.stage]}</Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="stage-description">
            {s.description}
          </Text>
          {s.entryCriteria && (
            <Text size="sm" c="dimmed" mt={4} style={{ whiteSpace: 'pre-line' }}>
              <Text span fw={600} size="sm">
                Entry criteria:{' '}
              </Text>
              {s.entryCriteria}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
