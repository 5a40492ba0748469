import type { z } from 'zod';
import { Problem } from './errors.ts';

type Issue = z.core.$ZodIssue;

/** Turns the first zod issue into a Chinese message naming the field (the field goes in `field`). */
export function issueMessage(issue: Issue): string {
  const field = issue.path.length ? `“${issue.path.join('.')}”` : '请求内容';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field}为必填项`
        : `${field}的类型有误，应为${typeLabel(issue.expected)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${field}不能超过${issue.maximum}个字符`
        : issue.origin === 'array'
          ? `${field}最多${issue.maximum}项`
          : `${field}不能大于${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) === 1
          ? `${field}不能为空`
          : `${field}不能少于${issue.minimum}个字符`
        : issue.origin === 'array'
          ? `${field}至少${issue.minimum}项`
          : `${field}不能小于${issue.minimum}`;
    case 'invalid_value':
      return `${field}的取值须为：${issue.values.map(String).join('、')}`;
    case 'invalid_format':
      return `${field}的格式有误`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'custom':
      return issue.message.startsWith('Invalid') ? `${field}有误` : `${field}：${issue.message}`;
    default:
      return `${field}有误`;
  }
}

function typeLabel(expected: string): string {
  const labels: Record<string, string> = {
    string: '文字',
    number: '数字',
    int: '整数',
    boolean: '是/否',
    array: '列表',
    object: '对象',
    date: '日期',
  };
  return labels[expected] ?? expected;
}

/** Parses `input` or throws a 400 problem `VALIDATION` with the Chinese message and field path. */
export function parseOrProblem<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (!issue) throw new Problem(400, 'VALIDATION', '请求参数有误');
  throw new Problem(400, 'VALIDATION', issueMessage(issue), issue.path.join('.') || undefined);
}
