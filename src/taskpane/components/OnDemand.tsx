/**
 * Views a user opens only sometimes are loaded when first shown (`lazyView`, webpack's dynamic import): each is
 * its own chunk beside the pane's entry bundle, which has a size target (docs/performance.md). `OnDemand` shows
 * a Spinner while one loads; when its chunk cannot be fetched (the network gone, or the add-in updated on its
 * server since the pane opened), a message and a button that tries again. Any other error is not its business
 * and goes on up, as it would without it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { Component, createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Lang } from '../../domain';
import { tp } from '../../i18n/taskpane';

/** The load of a view's chunk failed; `forget` makes the view's next render load it again. */
export class ViewLoadFailed extends Error {
  constructor(
    readonly reason: unknown,
    readonly forget: () => void,
  ) {
    super(`A view's code could not be loaded: ${String(reason)}`);
    this.name = 'ViewLoadFailed';
  }
}

/**
 * A component that renders the one `load` resolves to, loading it on its first render (inside `OnDemand`). A
 * failed load is kept until the user tries again (ViewLoadFailed.forget): React.lazy keeps its first outcome
 * for good, and forgetting it at once would load again and again while the network is gone.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = (): ComponentType<P> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (reason: unknown) => {
          throw new ViewLoadFailed(reason, () => {
            current = make();
          });
        },
      ),
    ) as unknown as ComponentType<P>;
  let current = make();
  return function OnDemandView(props: P) {
    return createElement(current, props);
  };
}

interface BoundaryProps {
  readonly lang: Lang;
  readonly children: ReactNode;
}

class LoadBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!(error instanceof ViewLoadFailed)) throw error;
    const { lang } = this.props;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{tp(lang, 'viewLoadFailed')}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              error.forget();
              this.setState({ error: null });
            }}
          >
            {tp(lang, 'tryAgain')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** Where a `lazyView` is rendered: a Spinner while it loads, a way to try again when its load failed. */
export function OnDemand({ lang, children }: BoundaryProps): JSX.Element {
  return (
    <LoadBoundary lang={lang}>
      <Suspense fallback={<Spinner size="small" label={tp(lang, 'loadingView')} />}>{children}</Suspense>
    </LoadBoundary>
  );
}
