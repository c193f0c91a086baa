import { Group, Image, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PERSONA_FIELDS } from '@tandem/shared-domain';
import type { ReactNode } from 'react';
import type { PersonaContentLike } from '../lib/persona-form';

const count = new Intl.NumberFormat();

export function companySizeText(min?: number | null, max?: number | null): string | null {
  if (min && max) return `${count.format(min)}–${count.format(max)} employees`;
  if (min) return `${count.format(min)}+ employees`;
  if (max) return `Up to ${count.format(max)} employees`;
  return null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="persona-section">
      <Title order={4} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A persona's content, laid out in the order of the persona sheet; empty fields are left out. */
export function PersonaContentView({ content }: { content: PersonaContentLike }) {
  const sections: ReactNode[] = [];
  for (const { key, label, kind } of PERSONA_FIELDS) {
    if (key === 'name' || key === 'summary' || key === 'imageUrl' || key === 'companySizeMax')
      continue;
    if (key === 'companySizeMin') {
      const size = companySizeText(content.companySizeMin, content.companySizeMax);
      if (size)
        sections.push(
          <Section key="companySize" title="Company size">
            <Text size="sm">{size}</Text>
          </Section>,
        );
    } else if (kind === 'objections') {
      if (content.objections.length)
        sections.push(
          <Section key={key} title={label}>
            <Stack gap="sm">
              {content.objections.map((o, i) => (
                <div key={i}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    “{o.objection}”
                  </Text>
                  {o.answer && (
                    <Text
                      size="sm"
                      c="dimmed"
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    >
                      {o.answer}
                    </Text>
                  )}
                </div>
              ))}
            </Stack>
          </Section>,
        );
    } else if (kind === 'list') {
      const items = content[key];
      if (items.length)
        sections.push(
          <Section key={key} title={label}>
            <List size="sm" spacing={4} style={{ overflowWrap: 'anywhere' }}>
              {items.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Section>,
        );
    }
  }

  return (
    <Stack gap="md" data-testid="persona-content">
      <Group align="flex-start" wrap="wrap" gap="lg">
        {content.imageUrl && (
          <Image
            src={content.imageUrl}
            alt={`Picture of ${content.name}`}
            w={140}
            h={140}
            radius="md"
            fit="cover"
          />
        )}
        <Text style={{ flex: 1, minWidth: 220, whiteSpace: 'pre-wrap' }}>
          {content.summary || (
            <Text span c="dimmed">
              No summary yet.
            </Text>
          )}
        </Text>
      </Group>
      {sections.length > 0 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {sections}
        </SimpleGrid>
      ) : (
        <Text c="dimmed" size="sm">
          Nothing else has been filled in yet.
        </Text>
      )}
    </Stack>
  );
}
