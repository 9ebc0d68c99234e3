'use client';

import { Component, createContext, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button } from '@mantine/core';

interface State {
  error: Error | null;
  /** A new token per boundary and per "Try again": a widget whose code failed to load loads it afresh. */
  attempt: object;
}

export const WidgetAttempt = createContext<object>({});

/** A widget's code (its chunk) that did not arrive: a network problem, or a newer release. */
const isChunkLoadError = (error: Error) => error.name === 'ChunkLoadError' || /failed to (load|fetch).*(chunk|module)/i.test(error.message);

/**
 * Keeps a widget that throws while drawing, or whose code failed to load, from taking the
 * rest of the profile down with it.
 */
export class WidgetErrorBoundary extends Component<{ title: string; children: ReactNode }, State> {
  state: State = { error: null, attempt: {} };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Widget "${this.props.title}" failed to render`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return <WidgetAttempt.Provider value={this.state.attempt}>{this.props.children}</WidgetAttempt.Provider>;
    return (
      <Alert color="red" title={`${this.props.title} could not be shown`} role="alert">
        {isChunkLoadError(this.state.error)
          ? 'Its code could not be downloaded. Check the connection and try again, or reload the page.'
          : this.state.error.message}
        <div>
          <Button size="xs" variant="light" color="red" mt="sm" onClick={() => this.setState({ error: null, attempt: {} })}>
            Try again
          </Button>
        </div>
      </Alert>
    );
  }
}
