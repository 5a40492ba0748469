import { lazy, useEffect, useState } from 'react';
import { Button, Layout, Menu, Result, Typography } from 'antd';
import { loadSession, signOut } from './api.ts';
import type { Actor } from './api.ts';
import { Loading, PageSuspense } from './components/PageSuspense.tsx';

// Each page is its own chunk, fetched when first opened: a township office on a slow link or a
// phone downloads the sign-in form, not the charts of the supervisor's pages.
const SignIn = lazy(() => import('./pages/SignIn.tsx').then((m) => ({ default: m.SignIn })));
const Today = lazy(() => import('./pages/Today.tsx').then((m) => ({ default: m.Today })));
const Requests = lazy(() => import('./pages/Requests.tsx').then((m) => ({ default: m.Requests })));
const RequestDetail = lazy(() =>
  import('./pages/RequestDetail.tsx').then((m) => ({ default: m.RequestDetail })),
);
const Publishing = lazy(() => import('./pages/Publishing.tsx').then((m) => ({ default: m.Publishing })));
const Records = lazy(() => import('./pages/Records.tsx').then((m) => ({ default: m.Records })));
const AnnualReport = lazy(() =>
  import('./pages/AnnualReport.tsx').then((m) => ({ default: m.AnnualReport })),
);
const Supervisor = lazy(() => import('./pages/Supervisor.tsx').then((m) => ({ default: m.Supervisor })));

const { Header, Content, Sider } = Layout;

/** Top-level pages, in menu order; each new page adds one entry here and one case in PageFor. */
const HANDLING = ['officer', 'reviewer', 'head'];
const MENU = [
  { key: 'today', label: '今日待办', roles: HANDLING },
  { key: 'requests', label: '依申请公开', roles: HANDLING },
  { key: 'publishing', label: '主动公开', roles: HANDLING },
  { key: 'records', label: '复议诉讼与工作记录', roles: ['officer'] },
  { key: 'annual-report', label: '年度报告', roles: HANDLING },
  { key: 'supervisor', label: '监督检查', roles: ['supervisor', 'admin'] },
] as const;

/** The pages a person's roles open: a supervisor never lands on a page the API would refuse. */
function menuFor(actor: Actor) {
  const held = new Set(actor.roles.map((grant) => grant.role));
  return MENU.filter((entry) => entry.roles.some((role) => held.has(role)));
}

type MenuPage = (typeof MENU)[number]['key'];

/** `id` is the optional second hash segment (`#/requests/ID`, `#/publishing/ID`). */
export interface Route {
  page: MenuPage;
  id?: string | undefined;
}

function routeFromHash(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [page, id] = hash.split('/');
  const known = MENU.find((entry) => entry.key === page);
  if (!known) return { page: 'today' };
  return { page: known.key, id: id ? decodeURIComponent(id) : undefined };
}

export function navigate(route: Route): void {
  window.location.hash = route.id ? `/${route.page}/${encodeURIComponent(route.id)}` : `/${route.page}`;
}

function PageFor({ route, actor }: { route: Route; actor: Actor }) {
  switch (route.page) {
    case 'today':
      return <Today actor={actor} />;
    case 'requests':
      return route.id ? <RequestDetail actor={actor} requestId={route.id} /> : <Requests actor={actor} />;
    case 'publishing':
      return <Publishing actor={actor} itemId={route.id} />;
    case 'records':
      return <Records actor={actor} />;
    case 'annual-report':
      return <AnnualReport actor={actor} />;
    case 'supervisor':
      return <Supervisor actor={actor} />;
  }
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
  if (actor === undefined) return <Loading />;
  if (actor === null)
    return (
      <PageSuspense>
        <SignIn onSignedIn={setActor} />
      </PageSuspense>
    );

  const menu = menuFor(actor);
  const landing = menu[0];
  if (!landing) return <Result status="403" title="您的账号尚未分配工作角色" subTitle="请联系本机关管理员" />;
  const shown: Route = menu.some((entry) => entry.key === route.page) ? route : { page: landing.key };

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
            selectedKeys={[shown.page]}
            onClick={({ key }) => navigate({ page: key as MenuPage })}
            items={menu.map((entry) => ({ key: entry.key, label: entry.label }))}
          />
        </Sider>
        {/* antd's Content is the page's one <main> landmark. */}
        <Content style={{ padding: 24 }}>
          <PageSuspense key={shown.page}>
            <PageFor route={shown} actor={actor} />
          </PageSuspense>
        </Content>
      </Layout>
    </Layout>
  );
}
