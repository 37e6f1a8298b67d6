/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ComponentType, type ReactNode } from 'react';
import { lazyView, OnDemand } from '../../src/taskpane/components/OnDemand';

function Greeting({ name }: { readonly name: string }): JSX.Element {
  return <p>Hei, {name}</p>;
}

/** A load the test settles by hand, counting how often it was asked for. */
function controlledLoad() {
  const calls: { resolve: (c: ComponentType<{ name: string }>) => void; reject: (e: unknown) => void }[] = [];
  const load = () => new Promise<ComponentType<{ name: string }>>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

function renderOnDemand(View: ComponentType<{ name: string }>, lang: 'nb' | 'en' = 'nb') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <OnDemand lang={lang}>
        <View name="Kari" />
      </OnDemand>
    </FluentProvider>,
  );
}

class Outer extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null };
  static getDerivedStateFromError(e: unknown) {
    return { error: String(e) };
  }
  override render() {
    return this.state.error === null ? this.props.children : <p>Ytre: {this.state.error}</p>;
  }
}

describe('OnDemand and lazyView', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows a spinner until the view is loaded, then the view with its props', async () => {
    const { load, calls } = controlledLoad();
    renderOnDemand(lazyView(load));
    expect(await screen.findByText('Henter visningen …')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.queryByText('Hei, Kari')).toBeNull();
    calls[0]?.resolve(Greeting);
    expect(await screen.findByText('Hei, Kari')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('says so when the chunk cannot be fetched, and Prøv igjen fetches it again', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {}); // React logs the caught error
    const { load, calls } = controlledLoad();
    renderOnDemand(lazyView(load));
    await screen.findByText('Henter visningen …');
    calls[0]?.reject(new Error('Loading chunk changes failed.'));
    expect(await screen.findByText(/Visningen kunne ikke hentes/)).toBeTruthy();
    expect(screen.queryByText('Hei, Kari')).toBeNull();
    // React.lazy would keep the failure; lazyView asks for the chunk again.
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    await screen.findByText('Henter visningen …');
    expect(calls).toHaveLength(2);
    calls[1]?.resolve(Greeting);
    expect(await screen.findByText('Hei, Kari')).toBeTruthy();
    expect(screen.queryByText(/Visningen kunne ikke hentes/)).toBeNull();
  });

  it('words the failure in the pane language', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    renderOnDemand(
      lazyView(() => Promise.reject(new Error('offline'))),
      'en',
    );
    expect(await screen.findByText(/The view could not be loaded/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('leaves an error of the loaded view itself to the boundaries above it', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): JSX.Element {
      throw new Error('a bug in the view');
    }
    render(
      <FluentProvider theme={webLightTheme}>
        <Outer>
          <OnDemand lang="nb">
            {(() => {
              const View = lazyView(() => Promise.resolve(Broken));
              return <View />;
            })()}
          </OnDemand>
        </Outer>
      </FluentProvider>,
    );
    expect(await screen.findByText('Ytre: Error: a bug in the view')).toBeTruthy();
    expect(screen.queryByText(/Visningen kunne ikke hentes/)).toBeNull();
  });
});
