/**
 * How this build verifies a citizen's face before a binding is confirmed (or a PIN is reset).
 *
 * 'simulated': the app shows "模拟人脸识别" with a pass and a fail button, and the backend's
 * 9101 face.verify issues the one-time face_token. Every build is simulated today, because the
 * real APIs are granted only to qualified government/medical mini-program accounts and the
 * touristappid used for QA has none.
 *
 * 'native' is where a qualified account plugs in the platform's own check, through Taro's
 * per-platform twins of this file, with the same result (a face_token issued by the backend):
 * - face-verification.weapp.ts: wx.startFacialRecognitionVerify({ name, idCardNumber }) returns
 *   a verifyResult that the backend exchanges with WeChat for the citizen's identity;
 * - face-verification.alipay.ts: Alipay's my.ap.faceVerify / my.startAPVerify with a
 *   certifyId the backend obtained from Alipay's 实人认证 service;
 * - face-verification.h5.ts: stays simulated (no face API in a browser).
 * The face-check dialog reads this mode and is the only caller.
 */
export type FaceVerificationMode = 'simulated' | 'native'

export const faceVerificationMode: FaceVerificationMode = 'simulated'
