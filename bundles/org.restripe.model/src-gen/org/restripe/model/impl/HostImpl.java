/**
 */
package org.restripe.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.RestripePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.HostImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link org.restripe.model.impl.HostImpl#isMainframe <em>Mainframe</em>}</li>
 *   <li>{@link org.restripe.model.impl.HostImpl#getLans <em>Lans</em>}</li>
 *   <li>{@link org.restripe.model.impl.HostImpl#getHbaWwns <em>Hba Wwns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends DiagramElementImpl implements Host {
	/**
	 * The default value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATING_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected String operatingSystem = OPERATING_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #isMainframe() <em>Mainframe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMainframe()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MAINFRAME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMainframe() <em>Mainframe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMainframe()
	 * @generated
	 * @ordered
	 */
	protected boolean mainframe = MAINFRAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLans() <em>Lans</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLans()
	 * @generated
	 * @ordered
	 */
	protected EList<Lan> lans;

	/**
	 * The cached value of the '{@link #getHbaWwns() <em>Hba Wwns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHbaWwns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hbaWwns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(String newOperatingSystem) {
		String oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.HOST__OPERATING_SYSTEM, oldOperatingSystem, operatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMainframe() {
		return mainframe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainframe(boolean newMainframe) {
		boolean oldMainframe = mainframe;
		mainframe = newMainframe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.HOST__MAINFRAME, oldMainframe, mainframe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lan> getLans() {
		if (lans == null) {
			lans = new EObjectResolvingEList<Lan>(Lan.class, this, RestripePackage.HOST__LANS);
		}
		return lans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHbaWwns() {
		if (hbaWwns == null) {
			hbaWwns = new EDataTypeUniqueEList<String>(String.class, this, RestripePackage.HOST__HBA_WWNS);
		}
		return hbaWwns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.HOST__OPERATING_SYSTEM:
				return getOperatingSystem();
			case RestripePackage.HOST__MAINFRAME:
				return isMainframe();
			case RestripePackage.HOST__LANS:
				return getLans();
			case RestripePackage.HOST__HBA_WWNS:
				return getHbaWwns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.HOST__OPERATING_SYSTEM:
				setOperatingSystem((String)newValue);
				return;
			case RestripePackage.HOST__MAINFRAME:
				setMainframe((Boolean)newValue);
				return;
			case RestripePackage.HOST__LANS:
				getLans().clear();
				getLans().addAll((Collection<? extends Lan>)newValue);
				return;
			case RestripePackage.HOST__HBA_WWNS:
				getHbaWwns().clear();
				getHbaWwns().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RestripePackage.HOST__OPERATING_SYSTEM:
				setOperatingSystem(OPERATING_SYSTEM_EDEFAULT);
				return;
			case RestripePackage.HOST__MAINFRAME:
				setMainframe(MAINFRAME_EDEFAULT);
				return;
			case RestripePackage.HOST__LANS:
				getLans().clear();
				return;
			case RestripePackage.HOST__HBA_WWNS:
				getHbaWwns().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RestripePackage.HOST__OPERATING_SYSTEM:
				return OPERATING_SYSTEM_EDEFAULT == null ? operatingSystem != null : !OPERATING_SYSTEM_EDEFAULT.equals(operatingSystem);
			case RestripePackage.HOST__MAINFRAME:
				return mainframe != MAINFRAME_EDEFAULT;
			case RestripePackage.HOST__LANS:
				return lans != null && !lans.isEmpty();
			case RestripePackage.HOST__HBA_WWNS:
				return hbaWwns != null && !hbaWwns.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (operatingSystem: ");
		result.append(operatingSystem);
		result.append(", mainframe: ");
		result.append(mainframe);
		result.append(", hbaWwns: ");
		result.append(hbaWwns);
		result.append(')');
		return result.toString();
	}

} //HostImpl
