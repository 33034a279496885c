def post_init_hook(env):
    """Entries loaded before this module was installed are checked once."""
    env["directory.duplicate"]._scan_directory()
