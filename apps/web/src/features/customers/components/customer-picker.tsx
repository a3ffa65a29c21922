import { Combobox, Group, InputBase, Loader, ScrollArea, Stack, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOption } from '@plainstaff/contracts/customers';
import { useCustomer } from '../api/get-customer';
import { useCustomerSearch } from '../api/search-customers';
import { CustomerBadges, useCustomerMarks } from './customer-badges';

const DEBOUNCE_MS = 250;

export interface CustomerPickerProps {
  label: string;
  /** The chosen customer's id; null or 0: none. */
  value: number | null;
  onChange: (id: number) => void;
  onBlur?: () => void;
  error?: ReactNode;
  withAsterisk?: boolean;
  /** The chosen customer's name until the customer itself is loaded (e.g. from the saved project). */
  fallbackName?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A customer field that asks the server (name, number, city; at most 50 answers) instead of loading
 * every customer: the "Kunde" field of the project dialog. Archived, manual and vanished customers
 * carry their badges, also in the option's accessible name.
 */
export function CustomerPicker(props: CustomerPickerProps) {
  const { label, value, onChange, onBlur, error, withAsterisk, fallbackName, inputRef } = props;
  const { t } = useTranslation('customers');
  const marks = useCustomerMarks();
  const detailsId = useId();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  // null: not searching; the input shows the chosen customer.
  const [typed, setTyped] = useState<string | null>(null);
  const [debounced] = useDebouncedValue((typed ?? '').trim(), DEBOUNCE_MS);
  const results = useCustomerSearch(debounced, combobox.dropdownOpened);
  const current = useCustomer(value || null);
  const [picked, setPicked] = useState<CustomerOption | null>(null);
  const chosenName = current.data?.name ?? (picked?.id === value ? picked.name : (fallbackName ?? ''));

  const found = results.data?.items ?? [];
  // The chosen customer heads the unsearched list even where the first 50 leave it out (archived, or
  // far down the alphabet).
  const options: CustomerOption[] =
    !debounced && current.data && !found.some((c) => c.id === current.data.id)
      ? [current.data, ...found]
      : found;

  useEffect(() => {
    if (typed) combobox.selectFirstOption();
    // Only a new answer moves the keyboard selection to its first option.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results.data]);

  const close = () => {
    combobox.closeDropdown();
    setTyped(null);
  };
  const pick = (id: string) => {
    const option = options.find((c) => String(c.id) === id);
    if (option) setPicked(option);
    onChange(Number(id));
    close();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} keepMounted={false}>
      <Combobox.Target>
        <InputBase
          ref={inputRef}
          label={label}
          withAsterisk={withAsterisk}
          error={error}
          placeholder={t('picker.placeholder')}
          value={typed ?? chosenName}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={(e) => {
            e.currentTarget.select();
            combobox.openDropdown();
          }}
          onBlur={() => {
            close();
            onBlur?.();
          }}
          rightSection={results.isFetching ? <Loader size={14} /> : <Combobox.Chevron />}
          rightSectionPointerEvents="none"
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options>
          <ScrollArea.Autosize mah={320} type="scroll">
            {options.length === 0 && (
              <Combobox.Empty>
                {results.isPending ? t('picker.loading') : t('picker.nothingFound')}
              </Combobox.Empty>
            )}
            {options.map((c) => {
              const details = [c.number, c.city].filter(Boolean).join(' · ');
              const marked = marks(c);
              const name = marked.length > 0 ? `${c.name} (${marked.join(', ')})` : c.name;
              return (
                <Combobox.Option
                  key={c.id}
                  value={String(c.id)}
                  active={c.id === value}
                  aria-selected={c.id === value}
                  aria-label={name}
                  aria-describedby={details ? `${detailsId}-${c.id}` : undefined}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Stack gap={0}>
                      <Text size="sm">{c.name}</Text>
                      {details && (
                        // Its own colour, faded: readable also on the highlighted option's blue.
                        <Text size="xs" opacity={0.7} id={`${detailsId}-${c.id}`}>
                          {details}
                        </Text>
                      )}
                    </Stack>
                    <CustomerBadges customer={c} withLinked={false} />
                  </Group>
                </Combobox.Option>
              );
            })}
          </ScrollArea.Autosize>
        </Combobox.Options>
        {results.data?.more && (
          <Combobox.Footer>
            <Text size="xs" c="dimmed">
              {t('picker.more', { count: found.length })}
            </Text>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
