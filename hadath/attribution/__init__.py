"""Attribution: who reports what (sources), quotations, counted claims and conflicting figures."""
