import { useEffect, useState } from 'react';
import { Button, Layout, Menu, Result, Spin, Typography } from 'antd';
import { loadSession, signOut } from './api.ts';
import type { Actor } from './api.ts';
import { SignIn } from './pages/SignIn.tsx';
import { Today } from './pages/Today.tsx';
import { Requests } from './pages/Requests.tsx';
import { RequestDetail } from './pages/RequestDetail.tsx';

const { Header, Content, Sider } = Layout;

export type Route = { page: 'today' } | { page: 'requests' } | { page: 'request'; id: string };

function routeFromHash(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [page, id] = hash.split('/');
  if (page === 'requests' && id) return { page: 'request', id };
  if (page === 'requests') return { page: 'requests' };
  return { page: 'today' };
}

export function navigate(route: Route): void {
  window.location.hash = route.page === 'request' ? `/requests/${route.id}` : `/${route.page}`;
}

export function App() {
  const [actor, setActor] = useState<Actor | null | undefined>(undefined);
  const [failed, setFailed] = useState('');
  const [route, setRoute] = useState<Route>(routeFromHash());

  useEffect(() => {
    loadSession().then(setActor, (error: Error) => setFailed(error.message));
    const onHash = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (failed) return <Result status="error" title="无法连接服务器" subTitle={failed} />;
  if (actor === undefined) return <Spin style={{ margin: 48 }} />;
  if (actor === null) return <SignIn onSignedIn={setActor} />;

  const selected = route.page === 'request' ? 'requests' : route.page;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Text style={{ color: '#fff', fontSize: 18 }}>政府信息公开工作台</Typography.Text>
        <span style={{ color: '#fff' }}>
          {actor.name}{' '}
          <Button size="small" onClick={() => signOut().then(() => setActor(null))}>
            退出
          </Button>
        </span>
      </Header>
      <Layout>
        <Sider breakpoint="md" collapsedWidth={0} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            onClick={({ key }) => navigate({ page: key as 'today' | 'requests' })}
            items={[
              { key: 'today', label: '今日待办' },
              { key: 'requests', label: '依申请公开' },
            ]}
          />
        </Sider>
        <Content style={{ padding: 24 }}>
          <main>
            {route.page === 'today' && <Today actor={actor} />}
            {route.page === 'requests' && <Requests actor={actor} />}
            {route.page === 'request' && <RequestDetail actor={actor} requestId={route.id} />}
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
