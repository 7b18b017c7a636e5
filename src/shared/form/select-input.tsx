import {
  ComboboxChevron,
  InputBase,
  type ComboboxData,
  type MultiSelectProps,
  type Primitive,
  type SelectProps,
} from '@mantine/core';
import { lazy, Suspense, useState, type Ref } from 'react';
import { useAfterFirstPaint } from '../lazy/after-first-paint';

/**
 * Selects that show their value at once and load their dropdown a moment later.
 *
 * Mantine's Select and MultiSelect carry the dropdown machinery (combobox, popover,
 * floating-ui positioning, scroll area): about 35 kB gzip, more than any other part of the
 * form, and none of it is needed to show a value. Until that chunk has arrived (it is asked
 * for once the first screen has been painted, useAfterFirstPaint), a look-alike input
 * shows the selected label under the same label and role. A click, key or focus on it is
 * remembered: the real select opens or takes the focus as soon as it is there. The
 * look-alike is aria-disabled meanwhile, so automation waits for the real one.
 *
 * The dropdown is rendered only while open. Mantine's Combobox keeps it mounted (hidden)
 * by default, which renders every option and has floating-ui measure the page for each
 * select whenever a tab mounts: most of the cost of a tab switch.
 */

const widgets = () => import('./select-widgets');
const Select = lazy(() => widgets().then((m) => ({ default: m.Select })));
const MultiSelect = lazy(() => widgets().then((m) => ({ default: m.MultiSelect })));

type Intent = 'open' | 'focus' | null;

function labelsOf<V extends Primitive>(data: ComboboxData<V> | undefined, values: readonly V[]): string[] {
  const labels = new Map<string, string>();
  const add = (item: V | { value: V; label?: string }) => {
    if (typeof item === 'object' && item !== null) labels.set(String(item.value), item.label ?? String(item.value));
    else labels.set(String(item), String(item));
  };
  for (const entry of data ?? []) {
    if (typeof entry === 'object' && entry !== null && 'group' in entry) entry.items.forEach(add);
    else add(entry as V | { value: V; label?: string });
  }
  return values.map((v) => labels.get(String(v)) ?? String(v));
}

interface PreviewProps {
  inputRef?: Ref<HTMLInputElement>;
  text: string;
  placeholder?: string;
  label?: React.ReactNode;
  description?: React.ReactNode;
  error?: React.ReactNode;
  withAsterisk?: boolean;
  required?: boolean;
  size?: SelectProps['size'];
  variant?: string;
  disabled?: boolean;
  id?: string;
  onIntent: (intent: Intent) => void;
}

function SelectPreview({ inputRef, text, onIntent, ...props }: PreviewProps) {
  return (
    <InputBase
      {...props}
      ref={inputRef}
      value={text}
      readOnly
      pointer
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      aria-disabled
      rightSection={<ComboboxChevron size={props.size} error={props.error} />}
      rightSectionPointerEvents="none"
      onPointerDown={() => onIntent('open')}
      onKeyDown={(event) => {
        if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(event.key)) onIntent('open');
      }}
      onFocus={() => onIntent('focus')}
      onBlur={() => onIntent(null)}
    />
  );
}

function previewProps(props: AnySelectProps) {
  const { label, description, error, withAsterisk, required, size, variant, disabled, id, placeholder } = props;
  return { label, description, error, withAsterisk, required, size, variant, disabled, id, placeholder };
}

/** Remembers what the user asked of the look-alike; an open request is not undone by focus. */
function useIntent() {
  const [intent, setIntent] = useState<Intent>(null);
  const remember = (next: Intent) => setIntent((current) => (next === 'focus' && current === 'open' ? current : next));
  return [intent, remember] as const;
}

type AnySelectProps = SelectProps<never> | MultiSelectProps<never>;
type RealSelect = (props: AnySelectProps & { ref?: Ref<HTMLInputElement> }) => React.JSX.Element;

/** The look-alike until Mantine's select (single or multiple) has loaded, then the select. */
function LazySelect({ Real, text, props, inputRef }: { Real: RealSelect; text: string; props: AnySelectProps; inputRef?: Ref<HTMLInputElement> }) {
  const [intent, remember] = useIntent();
  const preview = <SelectPreview {...previewProps(props)} inputRef={inputRef} text={text} onIntent={remember} />;
  if (!useAfterFirstPaint()) return preview;
  return (
    <Suspense fallback={preview}>
      <Real
        {...props}
        comboboxProps={{ keepMounted: false, ...props.comboboxProps }}
        ref={inputRef}
        defaultDropdownOpened={intent === 'open' || props.defaultDropdownOpened}
        autoFocus={intent !== null || props.autoFocus}
      />
    </Suspense>
  );
}

export function SelectInput<V extends Primitive = string>({ ref, ...props }: SelectProps<V> & { ref?: Ref<HTMLInputElement> }) {
  const text = props.value === null || props.value === undefined ? '' : labelsOf(props.data, [props.value])[0]!;
  return <LazySelect Real={Select as unknown as RealSelect} text={text} props={props as unknown as AnySelectProps} inputRef={ref} />;
}

export function MultiSelectInput<V extends Primitive = string>({
  ref,
  ...props
}: MultiSelectProps<V> & { ref?: Ref<HTMLInputElement> }) {
  const text = labelsOf(props.data, props.value ?? []).join(', ');
  return <LazySelect Real={MultiSelect as unknown as RealSelect} text={text} props={props as unknown as AnySelectProps} inputRef={ref} />;
}
