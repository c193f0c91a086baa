import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  DetailSkeleton,
  ErrorAlert,
  describeApiError,
  errorCode,
  formatDateTime,
} from '@tandem/portal-ui';
import {
  EngagementKind,
  FitRuleKind,
  LEAD_REQUIRABLE_FIELDS,
  LEAD_STAGE_LABELS,
} from '@tandem/shared-domain';
import { useState } from 'react';
import {
  DefinitionDraftDocument,
  PublishDefinitionDocument,
  SaveDefinitionDraftDocument,
} from '../graphql/definitions.graphql';
import {
  type DefinitionLike,
  type DraftFormValues,
  formPath,
  toDraftInput,
  toFormValues,
} from '../lib/draft-form';
import { ENGAGEMENT_KIND_LABELS, FIT_RULE_KIND_LABELS, fieldLabel } from '../lib/mql-explain';
import { usePersonaNames } from './published-definition';

const REFETCH = [
  'PublishedDefinition',
  'DefinitionDraft',
  'DefinitionVersions',
  'DefinitionAgreements',
];

const FIT_KIND_OPTIONS = Object.values(FitRuleKind).map((k) => ({
  value: k,
  label: FIT_RULE_KIND_LABELS[k],
}));
const ENGAGEMENT_KIND_OPTIONS = Object.values(EngagementKind).map((k) => ({
  value: k,
  label: ENGAGEMENT_KIND_LABELS[k].label,
}));

/** Vendor admin: edit the draft (starting from the published version) and publish it. */
export function DraftEditor({ published }: { published: DefinitionLike | null }) {
  const { data, error, refetch } = useQuery(DefinitionDraftDocument, {
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <DetailSkeleton />;
  const draft = data.funnelDefinitionDraft;
  return (
    <DraftForm
      key={draft ? `${draft.id}:${draft.version}` : 'new'}
      base={draft ?? published}
      draft={draft ? { version: draft.version, updatedAt: draft.updatedAt } : null}
      onReload={() => void refetch()}
    />
  );
}

function DraftForm({
  base,
  draft,
  onReload,
}: {
  base: DefinitionLike | null;
  draft: { version: number; updatedAt: string } | null;
  onReload: () => void;
}) {
  const personaNames = usePersonaNames();
  const personaOptions = Object.entries(personaNames).map(([value, label]) => ({ value, label }));
  const [formError, setFormError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const form = useForm<DraftFormValues>({ mode: 'controlled', initialValues: toFormValues(base) });
  const [save, { loading: saving }] = useMutation(SaveDefinitionDraftDocument, {
    refetchQueries: ['DefinitionDraft'],
    awaitRefetchQueries: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    try {
      await save({ variables: { input: toDraftInput(values, draft?.version) } });
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setConflict(true);
        return;
      }
      const info = describeApiError(error);
      const errors: Record<string, string> = {};
      for (const f of info.fields) errors[formPath(f.field)] = f.message;
      form.setErrors(errors);
      setFormError(error);
    }
  });

  const dirty = form.isDirty();
  return (
    <>
      <form noValidate onSubmit={submit}>
        <Stack gap="md" data-testid="draft-editor">
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" data-testid="draft-status">
              {draft
                ? `Draft saved ${formatDateTime(draft.updatedAt)}${dirty ? ' · unsaved changes' : ''}`
                : 'No draft yet: you are starting from the published version.'}
            </Text>
            <Group gap="xs">
              <Button type="submit" loading={saving} disabled={!dirty && !!draft}>
                Save draft
              </Button>
              <Button
                variant="light"
                disabled={!draft || dirty}
                title={dirty ? 'Save the draft first' : undefined}
                onClick={() => setPublishOpen(true)}
              >
                Publish
              </Button>
            </Group>
          </Group>
          {conflict && (
            <Alert color="orange" title="The draft changed while you were editing" role="alert">
              <Stack gap="xs">
                <Text size="sm">
                  Someone else saved the draft. Reload it to continue from their changes (yours are
                  discarded).
                </Text>
                <Group>
                  <Button size="xs" variant="default" onClick={onReload}>
                    Reload latest draft
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {formError != null && <ErrorAlert error={formError} title="Could not save the draft" />}

          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={4}>Stages</Title>
              {form.values.stages.map((s, i) => (
                <SimpleGrid key={s.stage} cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Textarea
                    label={`${LEAD_STAGE_LABELS[s.stage]}: description`}
                    autosize
                    minRows={2}
                    {...form.getInputProps(`stages.${i}.description`)}
                  />
                  <Textarea
                    label={`${LEAD_STAGE_LABELS[s.stage]}: entry criteria`}
                    autosize
                    minRows={2}
                    {...form.getInputProps(`stages.${i}.entryCriteria`)}
                  />
                </SimpleGrid>
              ))}
            </Stack>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={4}>MQL criteria</Title>
              <Checkbox.Group
                label="Required lead fields"
                {...form.getInputProps('requiredFields')}
              >
                <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="xs">
                  {LEAD_REQUIRABLE_FIELDS.map((f) => (
                    <Checkbox key={f} value={f} label={fieldLabel(f)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <NumberInput
                label="Threshold (points)"
                min={0}
                allowDecimal={false}
                maw={220}
                {...form.getInputProps('threshold')}
              />

              <Text fw={600} size="sm">
                Fit rules
              </Text>
              {form.values.fitRules.map((rule, i) => (
                <Paper key={i} withBorder p="sm" radius="sm" data-testid="fit-rule">
                  <Stack gap="xs">
                    <Group gap="xs" align="flex-end" wrap="wrap">
                      <Select
                        label={`Fit rule ${i + 1} kind`}
                        data={FIT_KIND_OPTIONS}
                        allowDeselect={false}
                        {...form.getInputProps(`fitRules.${i}.kind`)}
                        onChange={(v) => {
                          form.setFieldValue(`fitRules.${i}.kind`, v as FitRuleKind);
                          form.setFieldValue(`fitRules.${i}.values`, []);
                        }}
                      />
                      <NumberInput
                        label={`Fit rule ${i + 1} points`}
                        allowDecimal={false}
                        w={140}
                        {...form.getInputProps(`fitRules.${i}.points`)}
                      />
                      <ActionIcon
                        variant="default"
                        size="lg"
                        aria-label={`Remove fit rule ${i + 1}`}
                        onClick={() => form.removeListItem('fitRules', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                    {rule.kind === FitRuleKind.PERSONA && (
                      <MultiSelect
                        label={`Fit rule ${i + 1} personas`}
                        data={personaOptions}
                        searchable
                        {...form.getInputProps(`fitRules.${i}.values`)}
                      />
                    )}
                    {rule.kind === FitRuleKind.COUNTRY && (
                      <TagsInput
                        label={`Fit rule ${i + 1} country codes`}
                        description="Two-letter codes, e.g. DE; press Enter after each."
                        {...form.getInputProps(`fitRules.${i}.values`)}
                        onChange={(v) =>
                          form.setFieldValue(
                            `fitRules.${i}.values`,
                            v.map((c) => c.trim().toUpperCase()),
                          )
                        }
                      />
                    )}
                    {rule.kind === FitRuleKind.TITLE_KEYWORD && (
                      <TagsInput
                        label={`Fit rule ${i + 1} job title keywords`}
                        description="Press Enter after each keyword."
                        {...form.getInputProps(`fitRules.${i}.values`)}
                      />
                    )}
                    {rule.kind === FitRuleKind.COMPANY_SIZE && (
                      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                        <NumberInput
                          label={`Fit rule ${i + 1} company size from`}
                          min={0}
                          allowDecimal={false}
                          {...form.getInputProps(`fitRules.${i}.min`)}
                        />
                        <NumberInput
                          label={`Fit rule ${i + 1} company size to`}
                          min={0}
                          allowDecimal={false}
                          {...form.getInputProps(`fitRules.${i}.max`)}
                        />
                      </SimpleGrid>
                    )}
                    {form.errors[`fitRules.${i}`] && (
                      <Text size="xs" c="red">
                        {form.errors[`fitRules.${i}`]}
                      </Text>
                    )}
                  </Stack>
                </Paper>
              ))}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() =>
                    form.insertListItem('fitRules', {
                      kind: FitRuleKind.PERSONA,
                      values: [],
                      min: '',
                      max: '',
                      points: 10,
                    })
                  }
                >
                  Add fit rule
                </Button>
              </Group>

              <Text fw={600} size="sm">
                Engagement rules
              </Text>
              {form.values.engagementRules.map((_, i) => (
                <Group key={i} gap="xs" align="flex-end" wrap="wrap" data-testid="engagement-rule">
                  <Select
                    label={`Engagement rule ${i + 1} kind`}
                    data={ENGAGEMENT_KIND_OPTIONS}
                    allowDeselect={false}
                    {...form.getInputProps(`engagementRules.${i}.kind`)}
                  />
                  <NumberInput
                    label={`Engagement rule ${i + 1} points each`}
                    allowDecimal={false}
                    w={160}
                    {...form.getInputProps(`engagementRules.${i}.points`)}
                  />
                  <NumberInput
                    label={`Engagement rule ${i + 1} at most`}
                    allowDecimal={false}
                    min={0}
                    w={160}
                    {...form.getInputProps(`engagementRules.${i}.maxPoints`)}
                  />
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={`Remove engagement rule ${i + 1}`}
                    onClick={() => form.removeListItem('engagementRules', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() =>
                    form.insertListItem('engagementRules', {
                      kind: EngagementKind.CAMPAIGN_RESPONSE,
                      points: 5,
                      maxPoints: 20,
                    })
                  }
                >
                  Add engagement rule
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </form>
      <PublishModal opened={publishOpen} onClose={() => setPublishOpen(false)} />
    </>
  );
}

function PublishModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title="Publish the draft" fullScreen={fullScreen}>
      {opened && <PublishForm onClose={onClose} />}
    </Modal>
  );
}

function PublishForm({ onClose }: { onClose: () => void }) {
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [publish, { loading, error }] = useMutation(PublishDefinitionDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const missing = !note.trim();
  return (
    <Stack>
      <ErrorAlert error={error} title="Could not publish" />
      <Text size="sm">
        Publishing makes the draft the version everyone works to and asks every partner admin to
        acknowledge it for marketing and sales.
      </Text>
      <Textarea
        label="Change note"
        required
        autosize
        minRows={3}
        maxLength={2000}
        data-autofocus
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={touched && missing ? 'Say what changed.' : undefined}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          loading={loading}
          onClick={() => {
            setTouched(true);
            if (missing) return;
            void publish({ variables: { changeNote: note.trim() } })
              .then(onClose)
              .catch(() => undefined);
          }}
        >
          Publish
        </Button>
      </Group>
    </Stack>
  );
}
