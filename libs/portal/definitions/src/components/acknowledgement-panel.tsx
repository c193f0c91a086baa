import { useMutation } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck } from '@tabler/icons-react';
import { ErrorAlert, formatDateTime } from '@tandem/portal-ui';
import { PartnerSide } from '@tandem/shared-domain';
import { useState } from 'react';
import { AcknowledgeDefinitionDocument } from '../graphql/definitions.graphql';
import type { PublishedDefinition } from './published-definition';

export const SIDE_LABELS: Record<PartnerSide, string> = {
  [PartnerSide.MARKETING]: 'Marketing',
  [PartnerSide.SALES]: 'Sales',
};

const SIDES = Object.values(PartnerSide);

export interface AcknowledgementPanelProps {
  definition: PublishedDefinition;
  partnerId: string;
  canAcknowledge: boolean;
}

/** A partner's agreement to the current version, per side; partner admins can acknowledge. */
export function AcknowledgementPanel({
  definition,
  partnerId,
  canAcknowledge,
}: AcknowledgementPanelProps) {
  const [opened, setOpened] = useState(false);
  const acks = definition.acknowledgements.filter(
    (a) => a.partnerId === partnerId && a.definitionId === definition.id,
  );
  const bySide = new Map(acks.map((a) => [a.side, a]));
  const missing = SIDES.filter((s) => !bySide.has(s));

  return (
    <Paper withBorder p="md" radius="md" data-testid="ack-panel">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={4}>Your agreement to version {definition.number}</Title>
          {missing.length === 0 && (
            <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={14} />}>
              Both sides agreed
            </Badge>
          )}
        </Group>
        {SIDES.map((side) => {
          const ack = bySide.get(side);
          return (
            <Group key={side} gap="xs" wrap="wrap" data-testid={`ack-${side}`}>
              <Text fw={600} size="sm" w={90}>
                {SIDE_LABELS[side]}
              </Text>
              {ack ? (
                <>
                  <Badge color="teal" variant="light">
                    Agreed
                  </Badge>
                  <Text size="sm">
                    by {ack.acknowledgedByLabel} on {formatDateTime(ack.acknowledgedAt)}
                  </Text>
                </>
              ) : (
                <Badge color="orange" variant="light">
                  Not yet agreed to version {definition.number}
                </Badge>
              )}
            </Group>
          );
        })}
        {canAcknowledge && missing.length > 0 && (
          <Group>
            <Button
              onClick={() => setOpened(true)}
              h="auto"
              mih={36}
              py={6}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
            >
              Acknowledge for marketing and sales
            </Button>
          </Group>
        )}
        {!canAcknowledge && missing.length > 0 && (
          <Text size="sm" c="dimmed">
            Your partner admin acknowledges new versions for marketing and sales.
          </Text>
        )}
      </Stack>
      <AcknowledgeModal
        opened={opened}
        onClose={() => setOpened(false)}
        definition={definition}
        agreed={SIDES.filter((s) => bySide.has(s))}
      />
    </Paper>
  );
}

function AcknowledgeModal({
  opened,
  onClose,
  definition,
  agreed,
}: {
  opened: boolean;
  onClose: () => void;
  definition: PublishedDefinition;
  agreed: PartnerSide[];
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Acknowledge version ${definition.number}`}
      fullScreen={fullScreen}
    >
      {opened && <AcknowledgeForm onClose={onClose} definition={definition} agreed={agreed} />}
    </Modal>
  );
}

function AcknowledgeForm({
  onClose,
  definition,
  agreed,
}: {
  onClose: () => void;
  definition: PublishedDefinition;
  agreed: PartnerSide[];
}) {
  const [sides, setSides] = useState<string[]>(SIDES.filter((s) => !agreed.includes(s)));
  const [acknowledge, { loading, error }] = useMutation(AcknowledgeDefinitionDocument, {
    refetchQueries: ['PublishedDefinition', 'DefinitionAgreements'],
    awaitRefetchQueries: true,
  });
  const chosen = sides.filter((s): s is PartnerSide => !agreed.includes(s as PartnerSide));
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length === 0) return;
        void acknowledge({ variables: { definitionId: definition.id, sides: chosen } })
          .then(onClose)
          .catch(() => undefined);
      }}
    >
      <Stack>
        <ErrorAlert error={error} title="Could not acknowledge" />
        <Text size="sm">
          You confirm that your team works to version {definition.number} of the funnel and MQL
          definition.
        </Text>
        <Checkbox.Group
          label="Sides to acknowledge"
          value={[...agreed, ...sides.filter((s) => !agreed.includes(s as PartnerSide))]}
          onChange={setSides}
        >
          <Stack gap="xs" mt="xs">
            {SIDES.map((side) => (
              <Checkbox
                key={side}
                value={side}
                label={
                  agreed.includes(side)
                    ? `${SIDE_LABELS[side]} (already agreed)`
                    : SIDE_LABELS[side]
                }
                disabled={agreed.includes(side)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {chosen.length === 0 && (
          <Text size="sm" c="dimmed">
            Choose at least one side.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={chosen.length === 0}>
            Acknowledge
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
