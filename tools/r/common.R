## Helpers shared by the reference scripts in this folder (R 4.2.2, survey 4.1-1, jsonlite).
## Each script recomputes what it checks or writes with R's survey package; run from tests/refs:
##   Rscript ../../tools/r/<script>.R
suppressPackageStartupMessages({ library(survey); library(jsonlite) })

CI_METHODS <- c("logit", "likelihood", "beta", "mean", "xlogit", "asin")

## The estimate block of a 0/1 (or numeric) variable on a design or a subset of one, as the kit's README defines it.
estimate_block <- function(des, var, level = 0.95) {
  f <- as.formula(paste0("~", var))
  w <- weights(des)
  y <- model.frame(des)[[var]]
  keep <- w > 0 & !is.na(y)
  m <- svymean(f, des, deff = TRUE, na.rm = TRUE)
  mr <- svymean(f, des, deff = "replace", na.rm = TRUE)
  ci <- list(); points <- list()
  errors <- list()
  for (me in CI_METHODS) {
    r <- tryCatch(suppressWarnings(svyciprop(f, des, method = me, level = level)), error = function(e) e)
    if (inherits(r, "error")) { ci[me] <- list(NULL); points[me] <- list(NULL); errors[[me]] <- conditionMessage(r); next }
    ci[[me]] <- as.numeric(attr(r, "ci"))
    points[[me]] <- as.numeric(r)
  }
  list(n = sum(keep), n_yes = sum(y[keep] == 1), sum_weights = sum(w[keep]),
       unweighted_proportion = mean(y[keep] == 1), proportion = unname(coef(m)[1]),
       se = unname(SE(m)[1]), var = unname(SE(m)[1])^2, deff = unname(deff(m)[1]),
       deff_replace = unname(deff(mr)[1]), degf = degf(des), ci = ci, ci_level = level,
       point_logit = points$logit, point_likelihood = points$likelihood,
       r_errors = if (length(errors)) errors else NULL)
}

## A mean, total or ratio with its SE, deff (not for ratios), df and confint intervals (normal, R's default, and t on degf).
numeric_block <- function(est, des, level = 0.95) {
  se <- unname(SE(est))[1]
  d <- tryCatch(unname(deff(est))[1], error = function(e) NULL)
  list(estimate = unname(coef(est))[1], se = se, var = se^2, deff = d, degf = degf(des),
       ci = as.numeric(confint(est, level = level)[1, ]), ci_t = as.numeric(confint(est, level = level, df = degf(des))[1, ]),
       n = sum(weights(des) > 0), sum_weights = sum(weights(des)))
}

## Compares every number of `computed` with the same key of `expected` (relative tolerance, absolute below 1e-12);
## `loose` names keys (regular expressions on the dotted path) checked at 1e-6. Stops on any difference.
check_against <- function(expected, computed, path = "", tol = 1e-9, loose = character()) {
  bad <- 0; checked <- 0
  walk <- function(e, c, p) {
    if (is.list(c) && !is.null(names(c))) {
      for (k in names(c)) walk(e[[k]], c[[k]], paste0(p, ".", k))
    } else if (is.numeric(c)) {
      e <- unlist(e)
      t <- if (any(vapply(loose, function(rx) grepl(rx, p), TRUE))) 1e-6 else tol
      if (length(e) != length(c)) { message("length differs at ", p); bad <<- bad + 1; return() }
      d <- abs(e - c) / pmax(abs(e), 1e-12)
      d[abs(e - c) < 1e-12] <- 0
      checked <<- checked + length(c)
      if (any(!is.finite(d) | d > t)) { message(sprintf("%s: expected %s, R gives %s", p, paste(format(e, digits = 17), collapse = " "), paste(format(c, digits = 17), collapse = " "))); bad <<- bad + 1 }
    }
  }
  walk(expected, computed, path)
  cat(sprintf("%s: %d values checked, %d differ\n", path, checked, bad))
  if (bad > 0) quit(status = 1)
  invisible(checked)
}

## Population data frames for rake() from a margins file (variable, level, total), levels in file order.
margin_tables <- function(d, m) {
  pops <- list()
  for (v in unique(m$variable)) {
    lv <- m$level[m$variable == v]
    d[[v]] <- factor(d[[v]], levels = lv)
    df <- data.frame(factor(lv, levels = lv), m$total[m$variable == v]); names(df) <- c(v, "Freq")
    pops[[v]] <- df
  }
  list(data = d, pops = pops)
}

## Writes `x` as JSON with every double exact (17 significant digits, so it reads back as the same double).
to_exact_json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    items <- vapply(x, to_exact_json, "", indent = inner)
    if (!is.null(names(x))) {
      items <- paste0(vapply(names(x), function(k) toJSON(k, auto_unbox = TRUE), ""), ": ", items)
      return(paste0("{\n", inner, paste(items, collapse = paste0(",\n", inner)), "\n", indent, "}"))
    }
    return(paste0("[\n", inner, paste(items, collapse = paste0(",\n", inner)), "\n", indent, "]"))
  }
  one <- function(v) {
    if (is.na(v)) return("null")
    if (is.logical(v)) return(if (v) "true" else "false")
    if (is.character(v)) return(as.character(toJSON(v, auto_unbox = TRUE)))
    if (is.numeric(v)) {
      if (!is.finite(v)) return("null")
      if (v == round(v) && abs(v) < 1e15) return(sprintf("%.0f", v))
      return(sprintf("%.17g", v))
    }
    stop("cannot write ", class(v))
  }
  if (length(x) == 1 && is.null(names(x))) return(one(x))
  if (!is.null(names(x))) return(to_exact_json(as.list(x), indent))
  paste0("[", paste(vapply(x, one, ""), collapse = ", "), "]")
}
write_exact_json <- function(x, file) writeLines(to_exact_json(x), file)
