"""Rules about inline suppressions (the sup family): they run after the others."""
