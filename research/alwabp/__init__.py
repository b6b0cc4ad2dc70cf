"""The public ALWABP benchmark harness: runs the product's line balancer (logins_desktop.planning)
on the published instances and compares it with the best-known values. It imports the product;
the product never imports it, and the wheel does not carry it."""
