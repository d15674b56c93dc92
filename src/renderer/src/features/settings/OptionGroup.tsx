import styles from './Settings.module.css';

interface OptionGroupProps<T extends string | number> {
  readonly legend: string;
  readonly name: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string; readonly lang?: string }[];
  readonly onChange: (value: T) => void;
  readonly hint?: string;
}

/** A labelled radio group of large options; changes apply at once (settings have no Save button). */
export function OptionGroup<T extends string | number>({ legend, name, value, options, onChange, hint }: OptionGroupProps<T>) {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((o) => (
          <label key={String(o.value)} className={styles.option} lang={o.lang}>
            <input type="radio" name={name} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {hint ? <p className={styles.hint}>{hint}</p> : null}
    </fieldset>
  );
}
