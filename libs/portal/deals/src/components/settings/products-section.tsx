import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconFileImport, IconPlus } from '@tabler/icons-react';
import type { DealProductsQuery } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import {
  ImportDealProductsDocument,
  SaveDealProductDocument,
} from '../../graphql/deal-settings.graphql';
import { groupAmount } from '../../lib/money';
import {
  PRODUCT_FORM_FIELDS,
  toProductInput,
  validateProduct,
  type ProductValues,
} from '../../lib/settings-form';
import { CsvImportModal } from './csv-import-modal';

type Product = DealProductsQuery['products'][number];
const refetch = { refetchQueries: ['DealProducts', 'DealFormOptions'], awaitRefetchQueries: true };

/** The products partners register, with list prices; inactive ones stay for old registrations. */
export function ProductsSection({ products }: { products: readonly Product[] }) {
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [save] = useMutation(SaveDealProductDocument, refetch);
  const [importProducts] = useMutation(ImportDealProductsDocument, refetch);
  const [toggling, setToggling] = useState<string | null>(null);

  const toggle = async (p: Product) => {
    setToggling(p.id);
    try {
      await save({
        variables: {
          input: toProductInput(
            { sku: p.sku, name: p.name, listPrice: p.listPrice, active: !p.active },
            p.id,
          ),
        },
      });
      notifications.show({
        color: 'teal',
        message: p.active
          ? `${p.name} is deactivated: partners can no longer register it.`
          : `${p.name} is active again.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', message: describeApiError(error).message });
    } finally {
      setToggling(null);
    }
  };

  return (
    <section aria-labelledby="deal-products-title">
      <Group justify="space-between" mb="sm" align="flex-end">
        <div>
          <Title order={4} id="deal-products-title">
            Products
          </Title>
          <Text size="sm" c="dimmed">
            What partners can register. The list price prefills each line’s amount.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            size="sm"
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={() => setImporting(true)}
          >
            Import CSV
          </Button>
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Add product
          </Button>
        </Group>
      </Group>
      {products.length === 0 ? (
        <EmptyState
          title="No products yet"
          description="Add the products partners sell, or import them from a CSV file."
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" data-testid="deal-products">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>SKU</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th ta="right">List price</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th w={200} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {products.map((p) => (
                  <Table.Tr key={p.id} data-sku={p.sku} style={{ opacity: p.active ? 1 : 0.6 }}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {p.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td ta="right">{groupAmount(p.listPrice)}</Table.Td>
                    <Table.Td>
                      <Badge color={p.active ? 'teal' : 'gray'} variant="light">
                        {p.active ? 'Active' : 'Inactive'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconEdit size={14} />}
                          onClick={() => setEditing(p)}
                          aria-label={`Edit ${p.name}`}
                        >
                          Edit
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color={p.active ? 'red' : 'teal'}
                          loading={toggling === p.id}
                          onClick={() => void toggle(p)}
                        >
                          {p.active ? 'Deactivate' : 'Reactivate'}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Add product' : 'Edit product'}
      >
        {editing !== null && (
          <ProductForm
            product={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <CsvImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        title="Import products"
        columns="sku,name,list_price,active"
        help="A row matches a product by SKU: new SKUs are added, known ones updated, identical ones left alone. Prices use a dot for decimals; active is yes or no (yes when left out). Rows with errors are listed and not imported."
        noun="product"
        labelHeader="SKU"
        importCsv={async (csv, preview) => {
          const { data } = await importProducts({ variables: { input: { csv, preview } } });
          if (!data) throw new Error('No answer');
          return data.importProducts;
        }}
      />
    </section>
  );
}

function ProductForm({ product, onDone }: { product: Product | null; onDone: () => void }) {
  const [save, { loading }] = useMutation(SaveDealProductDocument, refetch);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProductValues>({
    mode: 'controlled',
    initialValues: {
      sku: product?.sku ?? '',
      name: product?.name ?? '',
      listPrice: product?.listPrice ?? '',
      active: product?.active ?? true,
    },
    validate: validateProduct,
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save({ variables: { input: toProductInput(values, product?.id) } });
      notifications.show({ color: 'teal', message: 'Product saved.' });
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, PRODUCT_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      // A taken SKU names the product that has it.
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="product-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not save the product" />
        <TextInput label="SKU" required maxLength={60} {...form.getInputProps('sku')} />
        <TextInput label="Name" required maxLength={200} {...form.getInputProps('name')} />
        <TextInput
          label="List price"
          description="Unit price, e.g. 12000.00"
          required
          inputMode="decimal"
          {...form.getInputProps('listPrice')}
        />
        <Switch
          label="Active: partners can register it"
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save product
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
