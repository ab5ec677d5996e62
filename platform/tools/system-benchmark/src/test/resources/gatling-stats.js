var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "6000",
        "ok": "5455",
        "ko": "545"
    },
    "minResponseTime": {
        "total": "6",
        "ok": "6",
        "ko": "7"
    },
    "maxResponseTime": {
        "total": "11667",
        "ok": "11667",
        "ko": "7945"
    },
    "meanResponseTime": {
        "total": "1143",
        "ok": "954",
        "ko": "3037"
    },
    "standardDeviation": {
        "total": "1764",
        "ok": "1501",
        "ko": "2786"
    },
    "percentiles1": {
        "total": "263",
        "ok": "203",
        "ko": "1756"
    },
    "percentiles2": {
        "total": "7536",
        "ok": "6767",
        "ko": "7600"
    },
    "percentiles3": {
        "total": "11045",
        "ok": "10898",
        "ko": "7945"
    },
    "percentiles4": {
        "total": "11667",
        "ok": "11667",
        "ko": "7945"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 3670,
    "percentage": 61.16666666666667
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 286,
    "percentage": 4.766666666666667
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1499,
    "percentage": 24.98333333333333
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 545,
    "percentage": 9.083333333333334
},
    "meanNumberOfRequestsPerSecond": {
        "total": "48",
        "ok": "43.64",
        "ko": "4.36"
    }
},
contents: {
"req_warm-up-gate-on-2006410519": {
        type: "REQUEST",
        name: "warm-up gate on",
path: "warm-up gate on",
pathFormatted: "req_warm-up-gate-on-2006410519",
stats: {
    "name": "warm-up gate on",
    "numberOfRequests": {
        "total": "1500",
        "ok": "1500",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5458",
        "ok": "5458",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "750",
        "ok": "750",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1063",
        "ok": "1063",
        "ko": "-"
    },
    "percentiles1": {
        "total": "97",
        "ok": "97",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4105",
        "ok": "4105",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4903",
        "ok": "4903",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5458",
        "ok": "5458",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1019,
    "percentage": 67.93333333333334
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 73,
    "percentage": 4.866666666666666
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 408,
    "percentage": 27.200000000000003
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12",
        "ok": "12",
        "ko": "-"
    }
}
    },"req_warm-up-gate-of-2069183799": {
        type: "REQUEST",
        name: "warm-up gate off",
path: "warm-up gate off",
pathFormatted: "req_warm-up-gate-of-2069183799",
stats: {
    "name": "warm-up gate off",
    "numberOfRequests": {
        "total": "1500",
        "ok": "1499",
        "ko": "1"
    },
    "minResponseTime": {
        "total": "14",
        "ok": "14",
        "ko": "6212"
    },
    "maxResponseTime": {
        "total": "11667",
        "ok": "11667",
        "ko": "6212"
    },
    "meanResponseTime": {
        "total": "1510",
        "ok": "1507",
        "ko": "6212"
    },
    "standardDeviation": {
        "total": "1733",
        "ok": "1729",
        "ko": "0"
    },
    "percentiles1": {
        "total": "970",
        "ok": "968",
        "ko": "6212"
    },
    "percentiles2": {
        "total": "9713",
        "ok": "9713",
        "ko": "6212"
    },
    "percentiles3": {
        "total": "11489",
        "ok": "11489",
        "ko": "6212"
    },
    "percentiles4": {
        "total": "11667",
        "ok": "11667",
        "ko": "6212"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 704,
    "percentage": 46.93333333333333
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 88,
    "percentage": 5.866666666666666
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 707,
    "percentage": 47.13333333333333
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 1,
    "percentage": 0.06666666666666667
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12",
        "ok": "11.99",
        "ko": "0.01"
    }
}
    },"req_warm-up-synchro--486537844": {
        type: "REQUEST",
        name: "warm-up synchronous",
path: "warm-up synchronous",
pathFormatted: "req_warm-up-synchro--486537844",
stats: {
    "name": "warm-up synchronous",
    "numberOfRequests": {
        "total": "1500",
        "ok": "956",
        "ko": "544"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "180",
        "ko": "7"
    },
    "maxResponseTime": {
        "total": "7945",
        "ok": "7656",
        "ko": "7945"
    },
    "meanResponseTime": {
        "total": "2218",
        "ok": "1755",
        "ko": "3031"
    },
    "standardDeviation": {
        "total": "2400",
        "ok": "2008",
        "ko": "2785"
    },
    "percentiles1": {
        "total": "1128",
        "ok": "872",
        "ko": "1754"
    },
    "percentiles2": {
        "total": "7433",
        "ok": "7162",
        "ko": "7600"
    },
    "percentiles3": {
        "total": "7756",
        "ok": "7656",
        "ko": "7945"
    },
    "percentiles4": {
        "total": "7945",
        "ok": "7656",
        "ko": "7945"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 447,
    "percentage": 29.799999999999997
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 125,
    "percentage": 8.333333333333332
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 384,
    "percentage": 25.6
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 544,
    "percentage": 36.266666666666666
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12",
        "ok": "7.65",
        "ko": "4.35"
    }
}
    },"req_gate-on--1--1522398534": {
        type: "REQUEST",
        name: "gate on #1",
path: "gate on #1",
pathFormatted: "req_gate-on--1--1522398534",
stats: {
    "name": "gate on #1",
    "numberOfRequests": {
        "total": "500",
        "ok": "500",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "6",
        "ok": "6",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "92",
        "ok": "92",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "19",
        "ok": "19",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "12",
        "ok": "12",
        "ko": "-"
    },
    "percentiles1": {
        "total": "14",
        "ok": "14",
        "ko": "-"
    },
    "percentiles2": {
        "total": "64",
        "ok": "64",
        "ko": "-"
    },
    "percentiles3": {
        "total": "92",
        "ok": "92",
        "ko": "-"
    },
    "percentiles4": {
        "total": "92",
        "ok": "92",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 500,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    }
}
    },"req_gate-off--1-44979636": {
        type: "REQUEST",
        name: "gate off #1",
path: "gate off #1",
pathFormatted: "req_gate-off--1-44979636",
stats: {
    "name": "gate off #1",
    "numberOfRequests": {
        "total": "500",
        "ok": "500",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "8",
        "ok": "8",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "88",
        "ok": "88",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "15",
        "ok": "15",
        "ko": "-"
    },
    "percentiles1": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "percentiles2": {
        "total": "76",
        "ok": "77",
        "ko": "-"
    },
    "percentiles3": {
        "total": "88",
        "ok": "88",
        "ko": "-"
    },
    "percentiles4": {
        "total": "88",
        "ok": "88",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 500,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    }
}
    },"req_synchronous--1--482045787": {
        type: "REQUEST",
        name: "synchronous #1",
path: "synchronous #1",
pathFormatted: "req_synchronous--1--482045787",
stats: {
    "name": "synchronous #1",
    "numberOfRequests": {
        "total": "500",
        "ok": "500",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "64",
        "ok": "64",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "702",
        "ok": "702",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "243",
        "ok": "243",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "125",
        "ok": "125",
        "ko": "-"
    },
    "percentiles1": {
        "total": "205",
        "ok": "205",
        "ko": "-"
    },
    "percentiles2": {
        "total": "633",
        "ok": "633",
        "ko": "-"
    },
    "percentiles3": {
        "total": "702",
        "ok": "702",
        "ko": "-"
    },
    "percentiles4": {
        "total": "702",
        "ok": "702",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 500,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
