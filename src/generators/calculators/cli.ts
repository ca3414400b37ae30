/** The `npm run plan` line that gives the same result as a calculator form, shown under each calculator. */
import { formInput, type FieldSpec, type FormValues } from './form';

/** Quotes a text argument for a POSIX shell. */
function shellText(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const AZ_AKS_SHOW = 'az aks show --resource-group "$RESOURCE_GROUP" --name "$CLUSTER_NAME"';

/**
 * The CLI line for a calculator and its form values; a calculator that reads az aks show takes it
 * from stdin (the reader runs the az command), with the subnet prefixes as an option.
 */
export function cliCommand(name: string, fields: readonly FieldSpec[], values: FormValues): string {
  const json = fields.find((f) => f.kind === 'json');
  if (json && fields.length === 1) return `${AZ_AKS_SHOW} --query networkProfile -o json | npm run --silent plan -- ${name} --json -`;
  if (json) {
    const subnets = fields.find((f) => f.kind === 'text');
    const text = subnets ? (values[subnets.name] ?? '').trim() : '';
    return `${AZ_AKS_SHOW} -o json | npm run --silent plan -- ${name} --json -${text ? ` --subnets ${shellText(text)}` : ''}`;
  }
  return `npm run --silent plan -- ${name} --json ${shellText(JSON.stringify(formInput(fields, values)))}`;
}
