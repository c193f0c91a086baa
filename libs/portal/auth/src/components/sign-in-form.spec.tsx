import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { SignInForm } from './sign-in-form';

function renderForm(
  onSubmit: Parameters<typeof SignInForm>[0]['onSubmit'],
  discoverSso?: Parameters<typeof SignInForm>[0]['discoverSso'],
) {
  return render(
    <MantineProvider>
      <MemoryRouter>
        <SignInForm onSubmit={onSubmit} discoverSso={discoverSso} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

function fill(email: string, password: string) {
  fireEvent.change(screen.getByRole('textbox', { name: /email/i }), { target: { value: email } });
  fireEvent.change(document.querySelector('input[type="password"]') as HTMLInputElement, {
    target: { value: password },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it("shows the API's message when sign-in is refused", async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValue(new Error('Too many failed attempts. Try again in 15 minutes.'));
    renderForm(onSubmit);

    fill('admin@tandem.demo', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Too many failed attempts. Try again in 15 minutes.',
    );
    expect(onSubmit).toHaveBeenCalledWith({
      email: 'admin@tandem.demo',
      password: 'wrong-password',
    });
  });

  it('validates before calling the API', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);

    fill('not-an-email', '');

    await waitFor(() => expect(screen.getByText('Enter a valid email address.')).toBeTruthy());
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('links to the forgotten-password page', () => {
    renderForm(vi.fn());
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('offers single sign-on when the typed email has a connection, and only then', async () => {
    const discover = vi.fn(async (email: string) =>
      email.endsWith('@acme.example') ? 'Acme Okta' : null,
    );
    renderForm(vi.fn(), discover);
    const box = screen.getByRole('textbox', { name: /email/i });

    fireEvent.change(box, { target: { value: 'Ann@acme.example' } });
    const button = await screen.findByTestId('sso-sign-in');
    expect(button.textContent).toBe('Continue with Acme Okta');
    expect(button.getAttribute('href')).toBe('/auth/sso/start?email=Ann%40acme.example');

    fireEvent.change(box, { target: { value: 'bo@other.example' } });
    await waitFor(() =>
      expect(discover).toHaveBeenCalledWith('bo@other.example', expect.anything()),
    );
    await waitFor(() => expect(screen.queryByTestId('sso-sign-in')).toBeNull());
  });
});
