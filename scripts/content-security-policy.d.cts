// Types for content-security-policy.cjs, so the TypeScript tests can import it.
export const OFFICE_CDN: string;
export const CONNECT_ENV: string;
export function connectSourcesFrom(value: string | undefined): string[];
export function taskPanePolicy(connectSources?: string[]): string;
export const HELP_PAGE_POLICY: string;
export function policyMeta(policy: string): string;
export function withPolicyMeta(html: string, policy: string, label: string): string;
