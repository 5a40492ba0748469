import { Component, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';

/** What shows while a page's code (or the session) is on its way: on a slow link this can take seconds. */
export function Loading() {
  return (
    <Spin tip="加载中…" size="large" style={{ margin: 48 }}>
      <div style={{ minHeight: 160 }} />
    </Spin>
  );
}

/**
 * A page whose code failed to arrive (link dropped, or a newer build replaced its file) shows a
 * way out instead of leaving the whole console blank.
 */
class ChunkErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="warning"
        title="页面加载失败"
        subTitle="网络不稳定或工作台已更新，请重新加载。"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重新加载
          </Button>
        }
      />
    );
  }
}

/** Loads a lazily imported page: a spinner meanwhile, a reload button if its code cannot be fetched. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ChunkErrorBoundary>
  );
}
