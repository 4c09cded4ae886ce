import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerUsers, type CustomerUser } from '@/api/lookups';
import { inputClass } from '@/components/ui';

/** A combobox (WAI-ARIA 1.2 pattern): type two letters, arrow through matches, Enter picks. Free text is allowed. */
export function CustomerAutocomplete({
  id,
  value,
  onChange,
  onPick,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onPick: (customer: CustomerUser) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation('agent');
  const listId = useId();
  const [debounced, setDebounced] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const handle = setTimeout(() => setDebounced(value), 200);
    return () => clearTimeout(handle);
  }, [value]);
  const matches = useCustomerUsers(debounced).data ?? [];
  const expanded = open && matches.length > 0;
  const pick = (c: CustomerUser) => {
    onPick(c);
    setOpen(false);
    setActive(-1);
  };
  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className={`${inputClass} w-full`}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (!expanded) return;
          if (e.key === 'ArrowDown') setActive((a) => Math.min(matches.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter' && active >= 0 && matches[active]) pick(matches[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('create.customerMatches')}
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded border border-slate-300 bg-white shadow"
      >
        {matches.map((c, i) => (
          <li
            key={c.login ?? i}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="cursor-pointer px-2 py-1 text-sm aria-selected:bg-blue-100"
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c);
            }}
          >
            {c.fullName ?? c.login} &lt;{c.email}&gt; {c.companyName && `· ${c.companyName}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
