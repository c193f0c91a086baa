import { useMutation } from '@apollo/client/react';
import { Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PageHeader } from '@tandem/portal-ui';
import { useNavigate } from 'react-router';
import { CreatePersonaDocument } from '../graphql/personas.graphql';
import { emptyPersonaForm } from '../lib/persona-form';
import { PersonaForm } from './persona-form';

export function PersonaCreateForm() {
  const navigate = useNavigate();
  const [create] = useMutation(CreatePersonaDocument, { refetchQueries: ['PersonaLibrary'] });
  return (
    <>
      <PageHeader
        title="New persona"
        description="A persona starts as a draft; partners see it once you publish it."
      />
      <Paper withBorder p="lg" radius="md" maw={860}>
        <PersonaForm
          initialValues={emptyPersonaForm()}
          submitLabel="Save draft"
          onCancel={() => navigate('/personas')}
          onSave={async (content) => {
            const { data } = await create({ variables: { content } });
            if (!data) return;
            notifications.show({
              color: 'teal',
              message: `${data.createPersona.name} was saved as a draft.`,
            });
            navigate(`/personas/${data.createPersona.id}`);
          }}
        />
      </Paper>
    </>
  );
}
