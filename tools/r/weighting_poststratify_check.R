## Reference values for PostStratificationTests (R 4.2.2, survey 4.1-1); the tests hold the printed numbers.
## Run from tests/refs: Rscript ../../tools/r/weighting_poststratify_check.R > weighting_poststratify_check.out
suppressPackageStartupMessages(library(survey))
d <- read.csv("rdd_confidence/respondents.csv")
m <- read.csv("rdd_confidence/margins.csv")
lv <- m$level[m$variable == "district"]
d$district <- factor(d$district, levels = lv)
pop <- data.frame(district = factor(lv, levels = lv), Freq = m$total[m$variable == "district"])
d$agree <- as.numeric(d$confidence_code <= 2)
des0 <- svydesign(ids = ~1, weights = ~base_weight, data = d)
ps <- postStratify(des0, ~district, pop)
a <- svymean(~agree, ps)
b <- svymean(~agree, subset(ps, confidence_code != 6))
cat(sprintf("ps all mean %.17g se %.17g\n", coef(a), SE(a)))
cat(sprintf("ps excl mean %.17g se %.17g\n", coef(b), SE(b)))
cat(sprintf("w1 %.17g w600 %.17g\n", weights(ps)[1], weights(ps)[600]))
