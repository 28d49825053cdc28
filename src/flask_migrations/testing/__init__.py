"""The migration test kit: a pytest plugin (``pytest --migrations``) and its fixtures.

:mod:`.plugin` is what pytest loads in every session (light: pytest only); :mod:`.collect`
turns :mod:`.checks` into test items; :mod:`.fixtures` holds the session's state and the
``migrator``/``migrated_app`` fixtures; :mod:`.throwaway` makes and drops the databases,
:mod:`.apps` points the application at them, :mod:`.schema` compares schemas.
"""
